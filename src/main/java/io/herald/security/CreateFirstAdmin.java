package io.herald.security;

import io.herald.system.DatabaseSchema;
import io.herald.system.Actor;
import io.herald.system.InvalidInputException;
import io.herald.system.PageSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * On a first start there is no user. HERALD_ADMIN_EMAIL and HERALD_ADMIN_PASSWORD create the first
 * admin; without them, a one-time link to choose the admin's password is written to the log.
 */
@Singleton
class CreateFirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(CreateFirstAdmin.class);

    private final AppUserRepository users;
    private final SetupLinkRepository links;
    private final CreateUser createUser;
    private final PageSettings page;
    private final Clock clock;
    private final String email;
    private final String password;

    CreateFirstAdmin(AppUserRepository users, SetupLinkRepository links, CreateUser createUser, PageSettings page,
                     Clock clock, @Value("${herald.admin.email:}") String email,
                     @Value("${herald.admin.password:}") String password) {
        this.users = users;
        this.links = links;
        this.createUser = createUser;
        this.page = page;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onDatabaseReady(DatabaseSchema.Ready ready) {
        createIfNone();
    }

    @Transactional
    void createIfNone() {
        if (users.count() > 0) {
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            try {
                createUser.create(new CreateUser.Request(email, "Administrator", password, Role.ADMIN.code()),
                        Actor.SYSTEM);
            } catch (InvalidInputException e) {
                // At start-up nobody sees a form: the message must name the setting to change.
                String setting = "password".equals(e.field()) ? "HERALD_ADMIN_PASSWORD (herald.admin.password)"
                        : "HERALD_ADMIN_EMAIL (herald.admin.email)";
                throw new ConfigurationException(setting + ": " + e.getMessage(), e);
            }
            LOG.info("Created the first admin, {}", email);
            return;
        }
        String token = Secrets.newToken();
        var now = clock.instant();
        links.save(new SetupLink(Secrets.sha256(token), now, now.plus(Duration.ofDays(1)), null));
        LOG.warn("No admin yet. Open {}/setup/{} within 24 hours to create one "
                + "(or set HERALD_ADMIN_EMAIL and HERALD_ADMIN_PASSWORD).", page.url(), token);
    }
}
