package io.herald.system;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * The pool checks a connection (a ping, bounded by the validation timeout of 1 s) every time it lends one, not only
 * when it has been idle for half a second (HikariCP's default). Herald's renderer and delivery use connections all the
 * time, so after a database stopped answering a write would otherwise get a connection that looked fresh and wait for
 * the socket timeout; with the check it is refused (503) within about 3 s. The ping costs a round trip per loan.
 * HikariCP reads this only from a system property, once: so it is set before the application context (and its pool)
 * exists, here, for the application and its tests alike.
 */
@ContextConfigurer
public class ValidateEveryConnection implements ApplicationContextConfigurer {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
            System.setProperty(ALIVE_BYPASS_WINDOW, "0");
        }
    }
}
