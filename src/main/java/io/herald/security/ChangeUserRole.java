package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class ChangeUserRole {

    private final AppUserRepository users;
    private final RecordAudit audit;

    ChangeUserRole(AppUserRepository users, RecordAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public void change(long userId, String roleCode, Actor actor) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        Role role = Role.parse("role", roleCode);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && users.listOrderByEmail().stream()
                .filter(u -> u.role() == Role.ADMIN).count() == 1) {
            throw new InvalidInputException("role", "Herald needs at least one admin; make someone else admin first");
        }
        users.updateRole(userId, role);
        audit.record(actor, "user.role", "user " + user.email(), user.role().code() + " -> " + role.code());
    }
}
