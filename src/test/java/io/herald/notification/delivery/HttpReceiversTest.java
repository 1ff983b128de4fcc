package io.herald.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The circuit breaker's key for a post: host and port, the scheme's port where the URL names none. */
class HttpReceiversTest {

    @Test
    void theEndpointIsHostAndPort() {
        assertEquals("hooks.acme.test:443", HttpReceivers.endpoint("https://hooks.acme.test/a?b=c"));
        assertEquals("hooks.acme.test:80", HttpReceivers.endpoint("http://hooks.acme.test/a"));
        assertEquals("hooks.acme.test:8443", HttpReceivers.endpoint("https://hooks.acme.test:8443/a"));
        assertEquals("not a url", HttpReceivers.endpoint("not a url"), "a URL that does not parse is its own endpoint");
    }
}
