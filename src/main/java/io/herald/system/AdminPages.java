package io.herald.system;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;

/** Renders the admin UI's templates (src/main/jte, compiled into the jar; not themeable). */
@Singleton
public class AdminPages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            AdminPages.class.getClassLoader(), "io.herald.generated.admin");

    public MutableHttpResponse<String> ok(String template, Map<String, Object> params) {
        return page(HttpStatus.OK, template, params);
    }

    public MutableHttpResponse<String> page(HttpStatus status, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return HttpResponse.<String>status(status).body(output.toString()).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }

    /** After a successful form post: back to a page, so that reloading does not post again. */
    public static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
