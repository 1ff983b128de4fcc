package io.herald.stakeholder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ChatChannelRepository extends CrudRepository<ChatChannel, Long> {

    List<ChatChannel> listOrderByNameAsc();

    List<ChatChannel> findByIdIn(Collection<Long> ids);

    @Query(value = "INSERT IGNORE INTO chat_channel_component (chat_channel_id, component_id)"
            + " VALUES (:channelId, :componentId)", nativeQuery = true)
    void addComponent(long channelId, long componentId);

    @Query(value = "DELETE FROM chat_channel_component WHERE chat_channel_id = :channelId", nativeQuery = true)
    void removeComponents(long channelId);

    @Query(value = "SELECT component_id FROM chat_channel_component WHERE chat_channel_id = :channelId"
            + " ORDER BY component_id", nativeQuery = true)
    List<Long> componentIds(long channelId);
}
