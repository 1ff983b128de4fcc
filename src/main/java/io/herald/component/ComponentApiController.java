package io.herald.component;

import io.herald.system.PageSettings;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/components")
@Tag(name = "Components")
class ComponentApiController {

    private final ComponentRepository components;
    private final CreateComponent createComponent;
    private final UpdateComponent updateComponent;
    private final DeleteComponent deleteComponent;
    private final String pageId;

    ComponentApiController(ComponentRepository components, CreateComponent createComponent,
                           UpdateComponent updateComponent, DeleteComponent deleteComponent, PageSettings page) {
        this.components = components;
        this.createComponent = createComponent;
        this.updateComponent = updateComponent;
        this.deleteComponent = deleteComponent;
        this.pageId = page.id();
    }

    @Get
    @Secured("viewer")
    @Operation(summary = "List components, in page order")
    List<ComponentJson> list() {
        return components.listOrderByPositionAscAndIdAsc().stream().map(c -> ComponentJson.of(c, pageId)).toList();
    }

    @Get("/{id}")
    @Secured("viewer")
    ComponentJson show(long id) {
        return components.findById(id).map(c -> ComponentJson.of(c, pageId))
                .orElseThrow(() -> new NotFoundException("Component", id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured("admin")
    @Operation(summary = "Create a component (name required; status defaults to operational)")
    ComponentJson create(@Body ComponentInput input, Authentication auth, HttpRequest<?> request) {
        return ComponentJson.of(createComponent.create(input, Actor.of(auth, request)), pageId);
    }

    @Patch("/{id}")
    @Secured("responder")
    @Operation(summary = "Change a component: responders may change its status, admins anything")
    ComponentJson update(long id, @Body ComponentInput input, Authentication auth, HttpRequest<?> request) {
        if (input.changesStructure() && !auth.getRoles().contains("admin")) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Only admins may change more than a component's status");
        }
        return ComponentJson.of(updateComponent.update(id, input, Actor.of(auth, request)), pageId);
    }

    @Delete("/{id}")
    @Secured("admin")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        deleteComponent.delete(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }
}
