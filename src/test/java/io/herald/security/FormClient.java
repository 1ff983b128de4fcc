package io.herald.security;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the admin UI needs one: it sends HTML's Accept header, follows no redirects, and
 * sends exactly the cookies a test gives it.
 */
final class FormClient {

    static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    FormClient(EmbeddedServer server) {
        this.base = server.getURI();
    }

    HttpResponse<String> get(String path, String cookies) {
        return send(request(path, cookies).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String cookies) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return postEncoded(path, body, cookies);
    }

    /** A form post with a body exactly as given, e.g. one a browser would never send. */
    HttpResponse<String> postEncoded(String path, String body, String cookies) {
        return send(request(path, cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data post with a file named "file" (as an upload form sends it) and these text fields. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileContent, String cookies) {
        String boundary = "herald-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"forged.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(fileContent).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(request(path, cookies).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Signs in through the login form as a browser would; returns the response to the form's POST. */
    HttpResponse<String> logIn(String email, String password) {
        HttpResponse<String> form = get("/login", "");
        String loginCsrf = cookie(form, LoginController.LOGIN_CSRF_COOKIE).orElseThrow().value();
        return post("/login", Map.of("_csrf", csrfField(form.body()), "email", email, "password", password),
                LoginController.LOGIN_CSRF_COOKIE + "=" + loginCsrf);
    }

    /** The value of a session cookie for a signed-in admin, as a Cookie header. */
    String sessionCookie(String email, String password) {
        HttpResponse<String> response = logIn(email, password);
        return SecuritySettings.SESSION_COOKIE + "=" + cookie(response, SecuritySettings.SESSION_COOKIE).orElseThrow(
                () -> new AssertionError("no session cookie; login answered " + response.statusCode())).value();
    }

    /** The session's form token, read from an admin page as the browser gets it. */
    String csrfOf(String sessionCookie) {
        HttpResponse<String> page = get("/admin/components", sessionCookie);
        if (page.statusCode() != 200) {
            throw new AssertionError("/admin/components answered " + page.statusCode());
        }
        return csrfField(page.body());
    }

    static String csrfField(String html) {
        var matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field in " + html);
        }
        return matcher.group(1);
    }

    record SetCookie(String value, String header) {
    }

    static Optional<SetCookie> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> new SetCookie(header.substring(name.length() + 1).split(";", 2)[0], header))
                .findFirst();
    }

    private HttpRequest.Builder request(String path, String cookies) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", ACCEPT_HTML);
        return cookies.isEmpty() ? builder : builder.header("Cookie", cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
