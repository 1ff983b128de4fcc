package io.herald.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP receiver of webhooks on loopback (the JDK's HttpServer). Every path answers Herald's challenge by
 * echoing it, unless told to answer otherwise; other posts get the answers queued for the path, then 200.
 * Records every request, challenge or not.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");

    /** One received request; {@code body} exactly as the bytes arrived, decoded as UTF-8. */
    public record Received(String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean challenge() {
            return body.contains("\"type\":\"challenge\"");
        }
    }

    /** What to answer: a status, optional headers, a body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer of(int status) {
            return new Answer(status, Map.of(), "");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Answer> challengeAnswers = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next posts (not challenges) to the path get these answers, in order; after them, 200. */
    public void script(String path, Answer... answers) {
        scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** The challenge to this path gets this answer instead of the echo. */
    public void answerChallenge(String path, Answer answer) {
        challengeAnswers.put(path, answer);
    }

    /** Deliveries (not challenges) received at the path so far. */
    public List<Received> posts(String path) {
        return received.stream().filter(r -> r.path().equals(path) && !r.challenge()).toList();
    }

    public List<Received> all() {
        return new ArrayList<>(received);
    }

    /** Waits up to ten seconds for the path to have received this many deliveries. */
    public List<Received> awaitPosts(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (posts(path).size() >= count) {
                return posts(path);
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " got " + posts(path).size() + " posts, not " + count + ": " + posts(path));
    }

    /** The lower-case hex HMAC-SHA256 of the body, computed here independently of Herald. */
    public static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        Answer answer;
        if (request.challenge()) {
            Matcher matcher = CHALLENGE.matcher(body);
            answer = challengeAnswers.getOrDefault(request.path(),
                    new Answer(200, Map.of(), "{\"challenge\": \"" + (matcher.find() ? matcher.group(1) : "") + "\"}"));
        } else {
            Deque<Answer> queue = scripted.get(request.path());
            Answer next = queue == null ? null : queue.pollFirst();
            answer = next == null ? Answer.of(200) : next;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
