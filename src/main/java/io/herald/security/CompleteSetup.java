package io.herald.security;

import io.herald.system.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Uses a one-time setup link: creates the first admin and signs them in. */
@Singleton
class CompleteSetup {

    private final SetupLinkRepository links;
    private final AppUserRepository users;
    private final CreateUser createUser;
    private final LogIn logIn;
    private final Clock clock;

    CompleteSetup(SetupLinkRepository links, AppUserRepository users, CreateUser createUser, LogIn logIn, Clock clock) {
        this.links = links;
        this.users = users;
        this.createUser = createUser;
        this.logIn = logIn;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean usable(String token) {
        return usableLink(token).isPresent();
    }

    /** Returns the new session's token. */
    @Transactional
    String complete(String token, CreateUser.Request admin, String remoteAddress) {
        SetupLink link = usableLink(token).orElseThrow(() -> new IllegalStateException("setup link not usable"));
        AppUser created = createUser.create(new CreateUser.Request(admin.email(), admin.name(), admin.password(),
                Role.ADMIN.code()), new Actor("setup-link", remoteAddress));
        links.update(new SetupLink(link.tokenHash(), link.createdAt(), link.expiresAt(), clock.instant()));
        return logIn.open(created, remoteAddress);
    }

    private Optional<SetupLink> usableLink(String token) {
        var now = clock.instant();
        if (users.count() > 0) {
            return Optional.empty();
        }
        return links.findById(Secrets.sha256(token)).filter(link -> link.usedAt() == null && link.expiresAt().isAfter(now));
    }
}
