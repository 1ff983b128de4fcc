package io.herald.stakeholder;

import io.herald.incident.Severity;
import io.herald.security.AdminForm;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.FormError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stakeholders page: groups, their members and their chat channels. For admins, as the stakeholder API is.
 * Refused input shows the page again with the message beside the field; the use-cases check before they write.
 */
@Controller("/admin/stakeholders")
@Secured("admin")
@Hidden
class StakeholderAdminController {

    private static final String PAGE = "/admin/stakeholders";

    private final LoadStakeholderPage load;
    private final SaveStakeholderGroup saveGroup;
    private final DeleteStakeholderGroup deleteGroup;
    private final ChangeMembers members;
    private final SaveChatChannel saveChannel;
    private final DeleteChatChannel deleteChannel;
    private final AdminPages pages;

    StakeholderAdminController(LoadStakeholderPage load, SaveStakeholderGroup saveGroup,
                               DeleteStakeholderGroup deleteGroup, ChangeMembers members, SaveChatChannel saveChannel,
                               DeleteChatChannel deleteChannel, AdminPages pages) {
        this.load = load;
        this.saveGroup = saveGroup;
        this.deleteGroup = deleteGroup;
        this.members = members;
        this.saveChannel = saveChannel;
        this.deleteChannel = deleteChannel;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Authentication auth) {
        return render(auth, HttpStatus.OK, FormError.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "group-new", () -> saveGroup.create(form.get("name"), form.get("min_severity"),
                addresses(form.get("members")), Actor.of(auth, request)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "group-" + id, () -> saveGroup.change(id, form.get("name"), form.get("min_severity"),
                null, Actor.of(auth, request)));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "group-" + id, () -> deleteGroup.delete(id, Actor.of(auth, request)));
    }

    @Post(value = "/{id}/members", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "member-" + id, () -> members.add(id, form.get("email"), Actor.of(auth, request)));
    }

    @Post(value = "/{id}/members/{memberId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(long id, long memberId, @Body Map<String, String> form, Authentication auth,
                                 HttpRequest<?> request) {
        return submit(auth, form, "member-" + id, () -> members.remove(id, memberId, Actor.of(auth, request)));
    }

    @Post(value = "/channels", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addChannel(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "channel-new", () -> saveChannel.create(form.get("name"), form.get("kind"),
                form.get("webhook_url"), form.get("audience"), List.of(), Actor.of(auth, request)));
    }

    @Post(value = "/channels/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteChannel(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, "channel-" + id, () -> deleteChannel.delete(id, Actor.of(auth, request)));
    }

    private HttpResponse<?> submit(Authentication auth, Map<String, String> form, String name, Runnable action) {
        // The webhook URL holds the chat service's secret: a refused form does not print it back.
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("webhook_url");
        return AdminForm.submit(auth, form, PAGE, action,
                e -> render(auth, HttpStatus.UNPROCESSABLE_ENTITY, FormError.of(name, e, typed)));
    }

    private HttpResponse<?> render(Authentication auth, HttpStatus status, FormError error) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("page", load.load());
        params.put("severities", Arrays.asList(Severity.values()));
        params.put("kinds", Arrays.asList(ChatKind.values()));
        params.put("error", error);
        return pages.page(status, "stakeholders.jte", params);
    }

    // One address a line, or separated by commas or spaces, as people paste them.
    private static List<String> addresses(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
