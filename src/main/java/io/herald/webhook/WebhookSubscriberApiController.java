package io.herald.webhook;

import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

@Controller("/api/v1/webhook-subscribers")
@Tag(name = "Webhook subscribers")
@Secured("admin")
class WebhookSubscriberApiController {

    private final WebhookSubscriberRepository subscribers;
    private final SubscribeWebhook subscribe;
    private final DeleteWebhookSubscriber delete;
    private final EnableWebhookSubscriber enable;

    WebhookSubscriberApiController(WebhookSubscriberRepository subscribers, SubscribeWebhook subscribe,
                                   DeleteWebhookSubscriber delete, EnableWebhookSubscriber enable) {
        this.subscribers = subscribers;
        this.subscribe = subscribe;
        this.delete = delete;
        this.enable = enable;
    }

    @Get
    @Operation(summary = "List webhook subscribers (without their secrets)")
    List<WebhookSubscriberJson> list() {
        return subscribers.listOrderByIdAsc().stream()
                .map(s -> WebhookSubscriberJson.of(s, subscribers.componentIds(s.id()), false)).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a webhook subscriber: the URL must answer the challenge unless skip_verification;"
            + " the answer carries the signing secret, shown only this once")
    WebhookSubscriberJson create(@Body WebhookSubscriberInput input, Authentication auth, HttpRequest<?> request) {
        List<Long> components = input.components() == null ? List.of() : input.components().stream()
                .map(WebhookSubscriberApiController::componentId).toList();
        WebhookSubscriber created = subscribe.subscribe(input.url(), components,
                !Boolean.TRUE.equals(input.skipVerification()), Optional.of(Actor.of(auth, request)));
        return WebhookSubscriberJson.of(created, subscribers.componentIds(created.id()), true);
    }

    private static long componentId(String id) {
        return Fields.optionalId("components", id)
                .orElseThrow(() -> new InvalidInputException("components", "A component id must not be empty"));
    }

    @Post("/{id}/enable")
    @Operation(summary = "Send to a webhook that was disabled after its receiver refused deliveries, again")
    WebhookSubscriberJson enable(long id, Authentication auth, HttpRequest<?> request) {
        WebhookSubscriber enabled = enable.enable(id, Actor.of(auth, request));
        return WebhookSubscriberJson.of(enabled, subscribers.componentIds(id), false);
    }

    @Delete("/{id}")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        delete.delete(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }
}
