package io.herald.subscriber;

import io.herald.security.AdminForm;
import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.FormError;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscribers page: the list with a search by address, one address added or deleted, a CSV import (all or
 * nothing) and the export, and the suppressed addresses. For admins, as the subscriber API is.
 */
@Controller("/admin/subscribers")
@Secured("admin")
@Hidden
class SubscriberAdminController {

    private static final String PAGE = "/admin/subscribers";
    private static final String IMPORT_FORM = "import";

    private final LoadSubscriberPage load;
    private final AddSubscriber add;
    private final DeleteSubscriber delete;
    private final ImportSubscribers importSubscribers;
    private final SuppressAddress suppress;
    private final LiftSuppression lift;
    private final AdminPages pages;

    SubscriberAdminController(LoadSubscriberPage load, AddSubscriber add, DeleteSubscriber delete,
                              ImportSubscribers importSubscribers, SuppressAddress suppress, LiftSuppression lift,
                              AdminPages pages) {
        this.load = load;
        this.add = add;
        this.delete = delete;
        this.importSubscribers = importSubscribers;
        this.suppress = suppress;
        this.lift = lift;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page, Authentication auth) {
        return render(auth, HttpStatus.OK, load.load(q == null ? "" : q, page == null ? 1 : page), FormError.NONE, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "add", () -> add.add(form.get("email"), List.of(), Actor.of(auth, request)));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "subscriber", () -> delete.delete(id, Actor.of(auth, request)));
    }

    @Post(value = "/suppressions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suppress(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "suppress", () -> suppress.suppress(form.get("email"), form.get("reason"),
                Actor.of(auth, request)));
    }

    @Post(value = "/suppressions/{id}/lift", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lift(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "suppression", () -> lift.lift(id, Actor.of(auth, request)));
    }

    /** A multipart body carries the CSRF token as a part of its own; it is checked here like every form's. */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importCsv(@Part("file") @Nullable CompletedFileUpload file, @Part(Csrf.FIELD) @Nullable String csrf,
                              @Part("confirmed") @Nullable String confirmed, Authentication auth,
                              HttpRequest<?> request) throws IOException {
        Csrf.verify(auth, Collections.singletonMap(Csrf.FIELD, csrf));
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return importError(auth, HttpStatus.UNPROCESSABLE_ENTITY, "Choose a CSV file to import");
        }
        try {
            ImportReport report = importSubscribers.importCsv(file.getBytes(),
                    new ImportSubscribers.Options(confirmed != null, false), Actor.of(auth, request));
            return render(auth, report.rejected() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, load.load("", 1),
                    FormError.NONE, report);
        } catch (ImportTooLargeException e) {
            return importError(auth, HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (InvalidInputException e) {
            return importError(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    /** A file over micronaut.server.max-request-size is cut off before the import sees it: say so on the page. */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> uploadTooLarge(Authentication auth) {
        return importError(auth, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The file is larger than this server accepts"
                + " (micronaut.server.max-request-size); the import takes files up to "
                + load.load("", 1).importLimit() + "; split it");
    }

    private HttpResponse<?> importError(Authentication auth, HttpStatus status, String message) {
        return render(auth, status, load.load("", 1), new FormError(IMPORT_FORM, "file", message, Map.of()), null);
    }

    private HttpResponse<?> submit(Authentication auth, Map<String, String> form, String name, Runnable action) {
        return AdminForm.submit(auth, form, PAGE, action, e -> render(auth, HttpStatus.UNPROCESSABLE_ENTITY,
                load.load("", 1), FormError.of(name, e, form), null));
    }

    private HttpResponse<?> render(Authentication auth, HttpStatus status, SubscriberPage page, FormError error,
                                   @Nullable ImportReport report) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("page", page);
        params.put("error", error);
        params.put("report", report);
        return pages.page(status, "subscribers.jte", params);
    }
}
