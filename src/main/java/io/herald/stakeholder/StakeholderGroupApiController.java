package io.herald.stakeholder;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/stakeholder-groups")
@Tag(name = "Stakeholder groups")
@Secured("admin")
class StakeholderGroupApiController {

    private final StakeholderGroupRepository groups;
    private final StakeholderMemberRepository members;
    private final SaveStakeholderGroup save;
    private final ChangeMembers changeMembers;
    private final DeleteStakeholderGroup delete;

    StakeholderGroupApiController(StakeholderGroupRepository groups, StakeholderMemberRepository members,
                                  SaveStakeholderGroup save, ChangeMembers changeMembers, DeleteStakeholderGroup delete) {
        this.groups = groups;
        this.members = members;
        this.save = save;
        this.changeMembers = changeMembers;
        this.delete = delete;
    }

    @Get
    @Operation(summary = "List stakeholder groups with their members")
    List<StakeholderGroupJson> list() {
        return groups.listOrderByNameAsc().stream().map(this::json).toList();
    }

    @Get("/{id}")
    StakeholderGroupJson show(long id) {
        return groups.findById(id).map(this::json).orElseThrow(() -> new NotFoundException("Stakeholder group", id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a group: name, min_severity (SEV1..SEV4; SEV1 most severe), members (e-mail addresses)")
    StakeholderGroupJson create(@Body StakeholderGroupInput input, Authentication auth, HttpRequest<?> request) {
        return json(save.create(input.name(), input.minSeverity(), input.members(), Actor.of(auth, request)));
    }

    @Patch("/{id}")
    @Operation(summary = "Change a group; members, when given, replaces the member list")
    StakeholderGroupJson change(long id, @Body StakeholderGroupInput input, Authentication auth, HttpRequest<?> request) {
        return json(save.change(id, input.name(), input.minSeverity(), input.members(), Actor.of(auth, request)));
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a group, its members and its chat channels")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        delete.delete(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }

    @Post("/{id}/members")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a member (email) to a group")
    StakeholderGroupJson.Member addMember(long id, @Body MemberInput input, Authentication auth, HttpRequest<?> request) {
        StakeholderMember member = changeMembers.add(id, input.email(), Actor.of(auth, request));
        return new StakeholderGroupJson.Member(String.valueOf(member.id()), member.email());
    }

    @Delete("/{id}/members/{memberId}")
    HttpResponse<?> removeMember(long id, long memberId, Authentication auth, HttpRequest<?> request) {
        changeMembers.remove(id, memberId, Actor.of(auth, request));
        return HttpResponse.noContent();
    }

    private StakeholderGroupJson json(StakeholderGroup group) {
        return StakeholderGroupJson.of(group, members.findByGroupIdOrderByEmailAsc(group.id()));
    }
}
