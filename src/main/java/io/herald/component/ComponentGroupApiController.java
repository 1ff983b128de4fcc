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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/component-groups")
@Tag(name = "Component groups")
class ComponentGroupApiController {

    private final ComponentGroupRepository groups;
    private final ComponentRepository components;
    private final CreateComponentGroup createGroup;
    private final UpdateComponentGroup updateGroup;
    private final DeleteComponentGroup deleteGroup;
    private final String pageId;

    ComponentGroupApiController(ComponentGroupRepository groups, ComponentRepository components,
                                CreateComponentGroup createGroup, UpdateComponentGroup updateGroup,
                                DeleteComponentGroup deleteGroup, PageSettings page) {
        this.groups = groups;
        this.components = components;
        this.createGroup = createGroup;
        this.updateGroup = updateGroup;
        this.deleteGroup = deleteGroup;
        this.pageId = page.id();
    }

    @Get
    @Secured("viewer")
    List<ComponentJson> list() {
        return groups.listOrderByPositionAscAndIdAsc().stream().map(this::json).toList();
    }

    @Get("/{id}")
    @Secured("viewer")
    ComponentJson show(String id) {
        return json(find(id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured("admin")
    ComponentJson create(@Body ComponentGroupInput input, Authentication auth, HttpRequest<?> request) {
        return json(createGroup.create(input, Actor.of(auth, request)));
    }

    @Patch("/{id}")
    @Secured("admin")
    ComponentJson update(String id, @Body ComponentGroupInput input, Authentication auth, HttpRequest<?> request) {
        return json(updateGroup.update(find(id).id(), input, Actor.of(auth, request)));
    }

    @Delete("/{id}")
    @Secured("admin")
    HttpResponse<?> delete(String id, Authentication auth, HttpRequest<?> request) {
        deleteGroup.delete(find(id).id(), Actor.of(auth, request));
        return HttpResponse.noContent();
    }

    private ComponentGroup find(String id) {
        return GroupReference.parse("id", id).flatMap(groups::findById)
                .orElseThrow(() -> new NotFoundException("Component group", id));
    }

    private ComponentJson json(ComponentGroup group) {
        return ComponentJson.of(group, components.findByGroupId(group.id()), pageId);
    }
}
