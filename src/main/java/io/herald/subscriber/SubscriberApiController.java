package io.herald.subscriber;

import io.herald.system.Actor;
import io.herald.system.ApiError;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1")
@Tag(name = "E-mail subscribers")
@Secured("admin")
class SubscriberApiController {

    private final ListSubscribers list;
    private final AddSubscriber add;
    private final DeleteSubscriber delete;
    private final ImportSubscribers importSubscribers;
    private final ExportSubscribers export;

    SubscriberApiController(ListSubscribers list, AddSubscriber add, DeleteSubscriber delete,
                            ImportSubscribers importSubscribers, ExportSubscribers export) {
        this.list = list;
        this.add = add;
        this.delete = delete;
        this.importSubscribers = importSubscribers;
        this.export = export;
    }

    @Get("/subscribers")
    @Operation(summary = "List e-mail subscribers, oldest first (page from 1, per_page up to 1000)")
    List<SubscriberJson> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue("per_page") Integer perPage) {
        return list.page(page, perPage);
    }

    @Post("/subscribers")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a confirmed subscriber (components: ids; none for every component)")
    SubscriberJson create(@Body SubscriberInput input, Authentication auth, HttpRequest<?> request) {
        List<Long> components = input.components() == null ? List.of() : input.components().stream()
                .map(id -> Fields.optionalId("components", id)
                        .orElseThrow(() -> new InvalidInputException("components", "A component id must not be empty")))
                .toList();
        Subscriber created = add.add(input.email(), components, Actor.of(auth, request));
        return SubscriberJson.of(created, created.allComponents() ? List.of() : components);
    }

    @Delete("/subscribers/{id}")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        delete.delete(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }

    @Post(value = "/subscribers/import", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import subscribers from CSV (email[,components]); all or nothing unless skip_invalid;"
            + " confirmed=true skips the opt-in mail")
    HttpResponse<?> importCsv(@Body byte[] file, @Nullable @QueryValue String confirmed,
                              @Nullable @QueryValue("skip_invalid") String skipInvalid,
                              Authentication auth, HttpRequest<?> request) {
        try {
            ImportReport report = importSubscribers.importCsv(file, new ImportSubscribers.Options(
                    Fields.flag("confirmed", confirmed), Fields.flag("skip_invalid", skipInvalid)), Actor.of(auth, request));
            return HttpResponse.status(report.rejected() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(report);
        } catch (ImportTooLargeException e) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ApiError(e.getMessage(), List.of()));
        }
    }

    @Get(value = "/subscribers.csv", produces = "text/csv")
    @Operation(summary = "Export every subscriber as CSV (email, components, state, created_at)")
    HttpResponse<?> export() {
        return HttpResponse.ok(export.export()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
    }
}
