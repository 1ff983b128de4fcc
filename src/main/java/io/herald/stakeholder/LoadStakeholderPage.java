package io.herald.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads what the stakeholders admin page shows. */
@Singleton
class LoadStakeholderPage {

    private final StakeholderGroupRepository groups;
    private final StakeholderMemberRepository members;
    private final ChatChannelRepository channels;

    LoadStakeholderPage(StakeholderGroupRepository groups, StakeholderMemberRepository members,
                        ChatChannelRepository channels) {
        this.groups = groups;
        this.members = members;
        this.channels = channels;
    }

    @Transactional(readOnly = true)
    StakeholderPage load() {
        List<StakeholderGroup> all = groups.listOrderByNameAsc();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(StakeholderGroup::id, StakeholderGroup::name));
        List<StakeholderPage.Channel> shown = channels.listOrderByNameAsc().stream()
                .map(c -> StakeholderPage.Channel.of(c, c.isPublic() ? "Public" : names.get(c.groupId()))).toList();
        return new StakeholderPage(all.stream().map(g -> new StakeholderPage.Group(g.id(), g.name(),
                g.minSeverity().code(), members.findByGroupIdOrderByEmailAsc(g.id()),
                shown.stream().filter(c -> Objects.equals(c.groupId(), g.id())).toList())).toList(), shown);
    }
}
