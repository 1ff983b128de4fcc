package io.herald.system;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * The Markdown of public messages, rendered safely: raw HTML in a message is shown as text, and links and images
 * may point only to http, https and mailto addresses (or relative ones); {@code javascript:}, {@code data:} and the
 * like are dropped.
 */
public final class Markdown {

    // Plain web addresses become links, as people expect of a status page ("see https://…").
    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    // Only web and mail links: commonmark's default list also lets data: through, which can carry a whole page
    // (data:text/html) or a script-bearing image (data:image/svg+xml) into the page, the feeds and the mails.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
