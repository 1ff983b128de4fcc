package io.herald.component;

import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Turns a {@code group_id} from input into the id of a group that exists, or explains why not. */
@Singleton
class GroupReference {

    private final ComponentGroupRepository groups;

    GroupReference(ComponentGroupRepository groups) {
        this.groups = groups;
    }

    Optional<Long> resolve(@Nullable String groupId) {
        Optional<Long> id = parse("group_id", groupId);
        id.ifPresent(value -> {
            if (!groups.existsById(value)) {
                throw new InvalidInputException("group_id", "There is no component group with id " + value);
            }
        });
        return id;
    }

    /** Accepts a group id as the API prints it ("group-7") or bare ("7"). */
    static Optional<Long> parse(String field, @Nullable String groupId) {
        String bare = groupId != null && groupId.startsWith(ComponentJson.GROUP_ID_PREFIX)
                ? groupId.substring(ComponentJson.GROUP_ID_PREFIX.length()) : groupId;
        return Fields.optionalId(field, bare);
    }
}
