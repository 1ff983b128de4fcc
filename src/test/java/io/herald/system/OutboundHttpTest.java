package io.herald.system;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post connects to the address its check looked up, not to what a second lookup of the name would answer: here
 * a name that answers 127.0.0.1 once and 127.0.0.2 ever after (DNS rebinding), with a server on each.
 */
class OutboundHttpTest {

    private final List<String> checked = new CopyOnWriteArrayList<>();
    private final List<String> rebound = new CopyOnWriteArrayList<>();
    private final HttpServer checkedServer = server("127.0.0.1", 0, checked, "A".repeat(10_000));
    private final int port = checkedServer.getAddress().getPort();
    private final HttpServer reboundServer = server("127.0.0.2", port, rebound, "rebound");
    private final AtomicInteger lookups = new AtomicInteger();
    private final OutboundHttp http = new OutboundHttp(new OutboundUrls(true, host -> {
        if (!host.equals("hooks.rebind.test")) {
            throw new java.net.UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2"));
    }));

    @AfterEach
    void stop() throws IOException {
        checkedServer.stop(0);
        reboundServer.stop(0);
        http.close();
    }

    @Test
    void thePostGoesToTheCheckedAddressWithTheHostNameInTheHostHeader() throws Exception {
        OutboundHttp.Answer answer = http.post(URI.create("http://hooks.rebind.test:" + port + "/hook?x=1"),
                Map.of("User-Agent", "Herald-Test/1"), "{\"a\":\"é\"}");

        assertEquals(200, answer.status());
        assertEquals(4096, answer.body().length(), "only the start of a long answer is kept");
        assertEquals(1, lookups.get(), "one lookup: the one that was checked");
        assertEquals(List.of("POST /hook?x=1 Host=hooks.rebind.test:" + port
                + " Content-Type=application/json; charset=utf-8 User-Agent=Herald-Test/1 {\"a\":\"é\"}"), checked);
        assertTrue(rebound.isEmpty(), "nothing reached the address of the second answer: " + rebound);
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedBeforeAnyConnection() {
        OutboundRefusal refusal = assertThrows(OutboundRefusal.class,
                () -> http.post(URI.create("http://nowhere.rebind.test:" + port + "/"), Map.of(), "{}"));
        assertTrue(refusal.unresolved());
        assertTrue(checked.isEmpty() && rebound.isEmpty());
    }

    @Test
    void aFailedConnectionIsToldInWordsNamingTheHost() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        URI url = URI.create("http://hooks.rebind.test:" + closed + "/");
        IOException failure = assertThrows(IOException.class, () -> http.post(url, Map.of(), "{}"));
        assertEquals("hooks.rebind.test:" + closed + " refused the connection", failure.getMessage());
    }

    private static HttpServer server(String address, int port, List<String> received, String answer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " Host="
                        + headers.getFirst("Host") + " Content-Type=" + headers.getFirst("Content-Type")
                        + " User-Agent=" + headers.getFirst("User-Agent") + " " + body);
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
