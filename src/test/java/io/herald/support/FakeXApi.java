package io.herald.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.serde.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback X API v2 that serves {@code POST /2/tweets} as X does: it checks each request's OAuth 1.0a
 * HMAC-SHA1 signature itself (RFC 5849, written here from the spec, not with Herald's code), answers 401 to a
 * bad one, refuses a text it already has as duplicate content (403), assigns ids and records the tweets. Tests
 * script the next answers: a 429 with a reset time, or a tweet taken whose answer is lost.
 */
public final class FakeXApi implements AutoCloseable {

    public static final String CONSUMER_KEY = "fake-consumer-key";
    public static final String CONSUMER_SECRET = "fake consumer secret/+=";
    public static final String ACCESS_TOKEN = "12345-fake-access-token";
    public static final String ACCESS_TOKEN_SECRET = "fake-token-secret~!";

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** A tweet X accepted, and when. */
    public record Tweet(String id, String text, String inReplyTo, Instant at) {
    }

    private final HttpServer server;
    private final List<Tweet> tweets = new CopyOnWriteArrayList<>();
    private final List<Instant> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(1_860_000_000_000_000_001L);
    private volatile long rateLimitReset;

    private FakeXApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2/tweets", this::handle);
        server.start();
    }

    public static FakeXApi start() {
        try {
            return new FakeXApi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Herald's settings for an account on this fake. */
    public Map<String, String> settings() {
        return Map.of("herald.twitter.api-url", url(), "herald.twitter.consumer-key", CONSUMER_KEY,
                "herald.twitter.consumer-secret", CONSUMER_SECRET, "herald.twitter.access-token", ACCESS_TOKEN,
                "herald.twitter.access-token-secret", ACCESS_TOKEN_SECRET);
    }

    /** The next request is refused with 429 and an x-rate-limit-reset of this moment (epoch seconds). */
    public void rateLimitNext(long resetEpochSeconds) {
        rateLimitReset = resetEpochSeconds;
        script.add("429");
    }

    /** The next tweet is taken, but the connection drops before the answer goes out. */
    public void loseNextAnswer() {
        script.add("lose");
    }

    /** The next request is refused as if the access token had been revoked. */
    public void revokeNext() {
        script.add("401");
    }

    public List<Tweet> tweets() {
        return List.copyOf(tweets);
    }

    public List<Instant> requests() {
        return List.copyOf(requests);
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(Instant.now());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"title\":\"Method Not Allowed\"}");
                return;
            }
            String url = "http://" + exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI().getPath();
            if (!signatureValid(exchange.getRequestHeaders().getFirst("Authorization"), url)) {
                badSignatures.incrementAndGet();
                answer(exchange, 401, "{\"title\":\"Unauthorized\",\"detail\":\"Unauthorized\",\"status\":401}");
                return;
            }
            String next = script.poll();
            if ("429".equals(next)) {
                exchange.getResponseHeaders().add("x-rate-limit-reset", String.valueOf(rateLimitReset));
                exchange.getResponseHeaders().add("x-rate-limit-remaining", "0");
                answer(exchange, 429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"status\":429}");
                return;
            }
            if ("401".equals(next)) {
                answer(exchange, 401, "{\"title\":\"Unauthorized\",\"detail\":\"Unauthorized\",\"status\":401}");
                return;
            }
            Map<?, ?> body = ObjectMapper.getDefault().readValue(raw, Map.class);
            String text = (String) body.get("text");
            String replyTo = body.get("reply") instanceof Map<?, ?> reply ? (String) reply.get("in_reply_to_tweet_id") : null;
            if (tweets.stream().anyMatch(t -> t.text().equals(text))) {
                answer(exchange, 403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
                        + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}");
                return;
            }
            String id = String.valueOf(nextId.getAndIncrement());
            tweets.add(new Tweet(id, text, replyTo, Instant.now()));
            if ("lose".equals(next)) {
                return; // closing the exchange unanswered drops the connection
            }
            answer(exchange, 201, ObjectMapper.getDefault().writeValueAsString(Map.of("data", Map.of("id", id, "text", text))));
        }
    }

    /** RFC 5849 3.4: the signature base string from the method, URL and oauth_* parameters (a JSON body adds none). */
    private static boolean signatureValid(String header, String url) {
        if (header == null || !header.startsWith("OAuth ")) {
            return false;
        }
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            params.put(decode(m.group(1)), decode(m.group(2)));
        }
        if (!CONSUMER_KEY.equals(params.get("oauth_consumer_key")) || !ACCESS_TOKEN.equals(params.get("oauth_token"))
                || !"HMAC-SHA1".equals(params.get("oauth_signature_method")) || params.get("oauth_nonce") == null
                || params.get("oauth_timestamp") == null
                || Math.abs(Long.parseLong(params.get("oauth_timestamp")) - Instant.now().getEpochSecond()) > 300) {
            return false;
        }
        String signature = params.remove("oauth_signature");
        params.remove("realm");
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(params).forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        String base = "POST&" + encode(url) + "&" + encode(String.join("&", pairs));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((encode(CONSUMER_SECRET) + "&" + encode(ACCESS_TOKEN_SECRET))
                    .getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
            byte[] expected = mac.doFinal(base.getBytes(StandardCharsets.US_ASCII));
            return signature != null && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature));
        } catch (Exception e) {
            return false;
        }
    }

    /** RFC 3986 percent-encoding: everything but unreserved characters. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
