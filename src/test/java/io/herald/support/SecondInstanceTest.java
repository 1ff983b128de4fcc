package io.herald.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/**
 * Base of tests with a second Herald on the same database, as when several replicas run; it runs for all
 * the tests of a class. As for {@link HeraldTest}, annotate the subclass with
 * {@code @MicronautTest(transactional = false)}.
 */
public abstract class SecondInstanceTest extends HeraldTest {

    private EmbeddedServer second;

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> settings = settings();
        settings.put("micronaut.server.port", -1);
        settings.putAll(secondInstanceSettings());
        second = ApplicationContext.run(EmbeddedServer.class, settings);
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    protected EmbeddedServer secondInstance() {
        return second;
    }

    /** Settings in which the second instance differs from the first. */
    protected Map<String, Object> secondInstanceSettings() {
        return Map.of();
    }
}
