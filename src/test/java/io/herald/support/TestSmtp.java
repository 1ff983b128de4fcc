package io.herald.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.HashMap;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free loopback port, and the Herald settings that send to it. */
public final class TestSmtp implements AutoCloseable {

    private final GreenMail server;

    private TestSmtp() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static TestSmtp start() {
        return new TestSmtp();
    }

    public GreenMail server() {
        return server;
    }

    /** SMTP at this server, and a quick delivery worker so tests need not wait. */
    public Map<String, String> settings(String... more) {
        Map<String, String> settings = new HashMap<>(Map.of("herald.smtp.host", "127.0.0.1",
                "herald.smtp.port", String.valueOf(server.getSmtp().getPort()), "herald.delivery.interval", "100ms"));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    @Override
    public void close() {
        server.stop();
    }
}
