package io.herald.subscriber;

import io.herald.system.Actor;
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

@Controller("/api/v1/suppressions")
@Tag(name = "E-mail subscribers")
@Secured("admin")
class SuppressionApiController {

    private final SuppressionRepository suppressions;
    private final SuppressAddress suppress;
    private final LiftSuppression lift;

    SuppressionApiController(SuppressionRepository suppressions, SuppressAddress suppress, LiftSuppression lift) {
        this.suppressions = suppressions;
        this.suppress = suppress;
        this.lift = lift;
    }

    @Get
    @Operation(summary = "List suppressed addresses (no mail goes to them), newest first")
    List<SuppressionJson> list() {
        return suppressions.listOrderByIdDesc().stream().map(SuppressionJson::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Suppress an address (reason: bounce, complaint or manual)")
    SuppressionJson create(@Body SuppressionInput input, Authentication auth, HttpRequest<?> request) {
        return SuppressionJson.of(suppress.suppress(input.email(), input.reason(), Actor.of(auth, request)));
    }

    @Delete("/{id}")
    @Operation(summary = "Lift a suppression: the address may get mail again")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        lift.lift(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }
}
