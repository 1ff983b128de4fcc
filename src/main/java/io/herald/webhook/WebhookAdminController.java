package io.herald.webhook;

import io.herald.component.Component;
import io.herald.component.ComponentRepository;
import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The webhook subscribers, their state and why one is disabled; an admin enables or deletes them here. */
@Controller("/admin/webhooks")
@Secured("admin")
@Hidden
class WebhookAdminController {

    private final WebhookSubscriberRepository subscribers;
    private final ComponentRepository components;
    private final EnableWebhookSubscriber enable;
    private final DeleteWebhookSubscriber delete;
    private final AdminPages pages;

    WebhookAdminController(WebhookSubscriberRepository subscribers, ComponentRepository components,
                           EnableWebhookSubscriber enable, DeleteWebhookSubscriber delete, AdminPages pages) {
        this.subscribers = subscribers;
        this.components = components;
        this.enable = enable;
        this.delete = delete;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Authentication auth) {
        Map<Long, String> names = components.listOrderByPositionAscAndIdAsc().stream()
                .collect(Collectors.toMap(Component::id, Component::name));
        var rows = subscribers.listOrderByIdAsc().stream().map(s -> WebhookSubscriberRow.of(s,
                subscribers.componentIds(s.id()).stream().map(id -> names.getOrDefault(id, "component " + id)).toList()))
                .toList();
        return pages.ok("webhook-subscribers.jte", Map.of("viewer", Viewer.of(auth), "rows", rows));
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        enable.enable(id, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/webhooks");
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        delete.delete(id, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/webhooks");
    }
}
