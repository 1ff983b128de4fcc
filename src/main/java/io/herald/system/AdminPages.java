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
import java.util.List;
import java.util.Map;

/** Renders the admin UI's templates (src/main/jte, compiled into the jar; not themeable). */
@Singleton
public class AdminPages {

    private static final String MAIN = "<main>";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            AdminPages.class.getClassLoader(), "io.herald.generated.admin");
    private final AdminNotices notices;

    AdminPages(AdminNotices notices) {
        this.notices = notices;
    }

    public MutableHttpResponse<String> ok(String template, Map<String, Object> params) {
        return page(HttpStatus.OK, template, params);
    }

    public MutableHttpResponse<String> page(HttpStatus status, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return HttpResponse.<String>status(status).body(withNotices(output.toString())).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }

    // The notices go at the top of the page's main part; every admin page has exactly one, from layout.jte. Placing
    // them here rather than in each template keeps the many page templates (and their parameters) unaware of them.
    private String withNotices(String page) {
        List<String> current = notices.current();
        int main = page.indexOf(MAIN);
        if (current.isEmpty() || main < 0) {
            return page;
        }
        StringOutput banner = new StringOutput();
        engine.render("notices.jte", Map.of("notices", current), banner);
        int at = main + MAIN.length();
        return page.substring(0, at) + banner + page.substring(at);
    }

    /** After a successful form post: back to a page, so that reloading does not post again. */
    public static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
