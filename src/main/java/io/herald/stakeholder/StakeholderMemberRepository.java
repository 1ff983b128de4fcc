package io.herald.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StakeholderMemberRepository extends CrudRepository<StakeholderMember, Long> {

    List<StakeholderMember> findByGroupIdOrderByEmailAsc(long groupId);

    Optional<StakeholderMember> findByGroupIdAndEmail(long groupId, String email);

    void deleteByGroupId(long groupId);
}
