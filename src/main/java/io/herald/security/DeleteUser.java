package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class DeleteUser {

    private final AppUserRepository users;
    private final RecordAudit audit;

    DeleteUser(AppUserRepository users, RecordAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Deleting a user ends their sessions too (the foreign key cascades). */
    @Transactional
    public void delete(long userId, Actor actor) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (user.email().equals(actor.name())) {
            throw new InvalidInputException("user", "You cannot delete yourself");
        }
        if (user.role() == Role.ADMIN && users.listOrderByEmail().stream().filter(u -> u.role() == Role.ADMIN).count() == 1) {
            throw new InvalidInputException("user", "Herald needs at least one admin");
        }
        users.delete(user);
        audit.record(actor, "user.delete", "user " + user.email(), null);
    }
}
