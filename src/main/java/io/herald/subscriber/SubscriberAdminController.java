package io.herald.subscriber;

import io.herald.component.Component;
import io.herald.component.ComponentRepository;
import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin page of e-mail subscribers: the list, adding one, a CSV import with its report, suppressions. */
@Controller("/admin/subscribers")
@Secured("admin")
@Hidden
class SubscriberAdminController {

    private static final int PER_PAGE = 100;

    private final ListSubscribers list;
    private final AddSubscriber add;
    private final DeleteSubscriber delete;
    private final ImportSubscribers importSubscribers;
    private final SubscriberRepository subscribers;
    private final SuppressionRepository suppressions;
    private final LiftSuppression lift;
    private final ComponentRepository components;
    private final AdminPages pages;

    SubscriberAdminController(ListSubscribers list, AddSubscriber add, DeleteSubscriber delete,
                              ImportSubscribers importSubscribers, SubscriberRepository subscribers,
                              SuppressionRepository suppressions, LiftSuppression lift, ComponentRepository components,
                              AdminPages pages) {
        this.list = list;
        this.add = add;
        this.delete = delete;
        this.importSubscribers = importSubscribers;
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.lift = lift;
        this.components = components;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(@Nullable @QueryValue Integer page, Authentication auth) {
        return page(auth, HttpStatus.OK, page, null, null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            Subscriber added = add.add(form.get("email"), List.of(), Actor.of(auth, request));
            return page(auth, HttpStatus.CREATED, null, added.email() + " now gets every update.", null, null);
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, null, null, e.getMessage(), null);
        }
    }

    /** Multipart, so the CSRF filter of urlencoded forms does not see it: checked here. */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importCsv(@Part("_csrf") @Nullable String csrf, @Part("file") @Nullable CompletedFileUpload file,
                              @Part("confirmed") @Nullable String confirmed,
                              @Part("skip_invalid") @Nullable String skipInvalid,
                              Authentication auth, HttpRequest<?> request) throws IOException {
        Csrf.verify(auth, csrf == null ? Map.of() : Map.of(Csrf.FIELD, csrf));
        if (file == null || file.getSize() == 0) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, null, null, "Choose a CSV file to import.", null);
        }
        try {
            ImportReport report = importSubscribers.importCsv(file.getBytes(), new ImportSubscribers.Options(
                    confirmed != null, skipInvalid != null), Actor.of(auth, request));
            return page(auth, report.rejected() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, null, null, null, report);
        } catch (ImportTooLargeException e) {
            return page(auth, HttpStatus.REQUEST_ENTITY_TOO_LARGE, null, null, e.getMessage(), null);
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        delete.delete(id, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/subscribers");
    }

    @Post(value = "/suppressions/{id}/lift", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lift(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        lift.lift(id, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/subscribers#suppressions");
    }

    private HttpResponse<?> page(Authentication auth, HttpStatus status, @Nullable Integer page, @Nullable String notice,
                                 @Nullable String error, @Nullable ImportReport report) {
        int number = page == null || page < 1 ? 1 : page;
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("subscribers", list.page(number, PER_PAGE));
        params.put("page", number);
        params.put("perPage", PER_PAGE);
        params.put("counts", new SubscriberCounts(subscribers.countActive(), subscribers.countUnconfirmed(),
                subscribers.countUnsubscribed(), subscribers.countSuppressed()));
        params.put("componentNames", components.findAll().stream()
                .collect(Collectors.toMap(c -> String.valueOf(c.id()), Component::name)));
        params.put("suppressions", suppressions.listOrderByIdDesc());
        params.put("notice", notice);
        params.put("error", error);
        params.put("report", report);
        return pages.page(status, "subscribers.jte", params);
    }
}
