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

@Controller("/api/v1/chat-channels")
@Tag(name = "Chat channels")
@Secured("admin")
class ChatChannelApiController {

    private final ChatChannelRepository channels;
    private final SaveChatChannel save;
    private final DeleteChatChannel delete;

    ChatChannelApiController(ChatChannelRepository channels, SaveChatChannel save, DeleteChatChannel delete) {
        this.channels = channels;
        this.save = save;
        this.delete = delete;
    }

    @Get
    @Operation(summary = "List chat channels")
    List<ChatChannelJson> list() {
        return channels.listOrderByNameAsc().stream().map(this::json).toList();
    }

    @Get("/{id}")
    ChatChannelJson show(long id) {
        return channels.findById(id).map(this::json).orElseThrow(() -> new NotFoundException("Chat channel", id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a chat channel: name, kind (slack, teams, discord), webhook_url, audience ('public' or a"
            + " stakeholder group id), components (ids; none: every component)")
    ChatChannelJson create(@Body ChatChannelInput input, Authentication auth, HttpRequest<?> request) {
        return json(save.create(input.name(), input.kind(), input.webhookUrl(), input.audience(), input.components(),
                Actor.of(auth, request)));
    }

    @Patch("/{id}")
    @Operation(summary = "Change a chat channel; fields left out stay as they are")
    ChatChannelJson change(long id, @Body ChatChannelInput input, Authentication auth, HttpRequest<?> request) {
        return json(save.change(id, input.name(), input.kind(), input.webhookUrl(), input.audience(),
                input.components(), Actor.of(auth, request)));
    }

    @Delete("/{id}")
    HttpResponse<?> delete(long id, Authentication auth, HttpRequest<?> request) {
        delete.delete(id, Actor.of(auth, request));
        return HttpResponse.noContent();
    }

    private ChatChannelJson json(ChatChannel channel) {
        return ChatChannelJson.of(channel, channels.componentIds(channel.id()));
    }
}
