package io.herald.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * What a browser may do with Herald's answers. The admin UI, the login and the setup pages load only Herald's own
 * files and may not be framed, so no other site can overlay them to steer a signed-in click (clickjacking); the public
 * pages may be embedded anywhere, as status pages often are. Every answer forbids MIME sniffing and sends the
 * referrer to other sites as an origin only, so a link out never carries an admin path.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String FRAME_OPTIONS = "X-Frame-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    // data: images only for the pages' empty favicon, which keeps browsers from asking for /favicon.ico.
    static final String ADMIN_POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'none'; object-src 'none'";
    // A theme may load fonts, images or scripts from elsewhere; no plugins and no <base> that redirects its links.
    static final String PUBLIC_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors *";
    private static final String NOSNIFF = "nosniff";
    private static final String REFERRER = "strict-origin-when-cross-origin";

    /**
     * The public pages' headers, for the status page's cached fast path to set itself: constants, no path to match,
     * and this filter steps aside when it sees them.
     */
    public static <R extends MutableHttpResponse<?>> R publicPage(R response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, REFERRER);
        headers.set(CONTENT_SECURITY_POLICY, PUBLIC_POLICY);
        return response;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        if (headers.contains(CONTENT_TYPE_OPTIONS)) {
            return;
        }
        if (!isAdmin(request.getPath())) {
            publicPage(response);
            return;
        }
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, REFERRER);
        headers.set(CONTENT_SECURITY_POLICY, ADMIN_POLICY);
        headers.set(FRAME_OPTIONS, "DENY");
    }

    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login")
                || path.startsWith("/setup/");
    }

    // Outermost, so that it also sees the answers other filters give on their own (e.g. security's redirects).
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
