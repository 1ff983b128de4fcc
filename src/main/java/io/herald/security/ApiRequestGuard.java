package io.herald.security;

import io.herald.system.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Changes through the admin API must be meant. A page on another site can make a browser send a "simple" request —
 * a form-encoded or text body, or one without a Content-Type — with Herald's session cookie; so a body must say what
 * it is (and JSON must be UTF-8), and a change made with the session cookie must carry the session's CSRF token in
 * {@value #HEADER}, which no other site can read. Scripts use API tokens (Authorization: Bearer), which no browser
 * sends on its own.
 */
@ServerFilter("/api/v1/**")
class ApiRequestGuard implements Ordered {

    static final String HEADER = "X-CSRF-Token";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isEmpty() && hasBody(request)) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Say what the body is: send it with the header Content-Type: application/json");
        }
        if (type.isPresent() && type.get().getSubtype().endsWith("json")) {
            String charset = type.get().getParameters().get("charset").orElse("utf-8").toLowerCase(Locale.ROOT);
            if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "JSON must be sent as UTF-8 (Content-Type: application/json; charset=utf-8), not " + charset);
            }
        }
        Optional<String> expected = request.getUserPrincipal(Authentication.class)
                .flatMap(HeraldTokenValidator::csrfToken);
        if (expected.isPresent()) {
            String sent = request.getHeaders().get(HEADER);
            if (sent == null || !Secrets.sameSecret(expected.get(), sent)) {
                return refuse(HttpStatus.FORBIDDEN, "A change through the API with a browser session must carry the "
                        + "session's token in the " + HEADER + " header; scripts should use an API token instead");
            }
        }
        return null;
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static HttpResponse<?> refuse(HttpStatus status, String message) {
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(message, List.of()));
    }
}
