package io.herald.component;

import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Makes a group's members exactly the listed components, checking every id first. */
@Singleton
class GroupMembers {

    private final ComponentRepository components;
    private final Clock clock;

    GroupMembers(ComponentRepository components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    List<Component> check(List<String> ids) {
        return ids.stream().map(raw -> {
            long id = Fields.optionalId("components", raw)
                    .orElseThrow(() -> new InvalidInputException("components", "components must not contain empty ids"));
            return components.findById(id).orElseThrow(() ->
                    new InvalidInputException("components", "There is no component with id " + id));
        }).toList();
    }

    void assign(long groupId, List<Component> members) {
        var now = clock.instant();
        for (Component former : components.findByGroupId(groupId)) {
            if (members.stream().noneMatch(member -> member.id().equals(former.id()))) {
                components.update(former.withGroup(null, now));
            }
        }
        for (Component member : members) {
            components.update(member.withGroup(groupId, now));
        }
    }
}
