package io.herald.statuspage;

import io.herald.system.SecurityHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Serves the pre-rendered public documents: the status page and the Statuspage v2 API. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class PublicController {

    // Browsers revalidate every time (cheap with the ETag); a CDN may hold a copy for 10 s, and serve
    // a stale one for a day if Herald itself is unreachable.
    static final String CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-if-error=86400";

    private final PublicDocuments documents;
    private final ThemeTemplates theme;

    PublicController(PublicDocuments documents, ThemeTemplates theme) {
        this.documents = documents;
        this.theme = theme;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> statusPage(HttpRequest<?> request) {
        return serve("/", request);
    }

    @Get(uris = {"/incidents/{id}", "/maintenances/{id}", "/history", "/history/page/{number}"}, produces = MediaType.TEXT_HTML)
    HttpResponse<?> pages(HttpRequest<?> request) {
        return serve(request.getPath(), request);
    }

    @Get(uris = {"/history.rss", "/history.atom", "/components/{id}/history.rss", "/components/{id}/history.atom"})
    @Produces(MediaType.ALL)
    HttpResponse<?> feeds(HttpRequest<?> request) {
        return serve(request.getPath(), request);
    }

    @Get("/api/v2/{+path}")
    HttpResponse<?> api(@PathVariable String path, HttpRequest<?> request) {
        return serve("/api/v2/" + path, request).header("Access-Control-Allow-Origin", "*");
    }

    @Get("/assets/{name}")
    @Produces(MediaType.ALL)
    HttpResponse<?> asset(@PathVariable String name) {
        return theme.asset(name)
                .<HttpResponse<?>>map(bytes -> HttpResponse.ok(bytes)
                        .contentType(MediaType.forFilename(name))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300"))
                .orElseGet(HttpResponse::notFound);
    }

    private MutableHttpResponse<?> serve(String path, HttpRequest<?> request) {
        if (!documents.any()) {
            return notYet(path);
        }
        return documents.get(path).<MutableHttpResponse<?>>map(doc -> respond(doc, request))
                .orElseGet(HttpResponse::notFound);
    }

    // Nothing rendered yet and nothing saved (a first start while the database is out of reach): say so, truthfully,
    // rather than answer "not found" for a page that exists.
    private static MutableHttpResponse<?> notYet(String path) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30").header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (path.startsWith("/api/")) {
            return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body("{\"message\":\"The status is not available yet; try again in a minute.\"}");
        }
        return response.contentType(MediaType.TEXT_PLAIN_TYPE.toString() + "; charset=utf-8")
                .body("The status page is starting and cannot show the status yet. Please try again in a minute.\n");
    }

    private static MutableHttpResponse<?> respond(CachedDocument doc, HttpRequest<?> request) {
        MutableHttpResponse<?> response;
        if (doc.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            response = HttpResponse.notModified();
        } else if (acceptsGzip(request)) {
            response = HttpResponse.ok(doc.gzipped()).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = HttpResponse.ok(doc.body());
        }
        return SecurityHeaders.publicPage(response).contentType(doc.contentType())
                .header(HttpHeaders.ETAG, doc.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(doc.lastModified().atOffset(ZoneOffset.UTC)))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private static boolean acceptsGzip(HttpRequest<?> request) {
        String accepted = request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.contains("gzip");
    }
}
