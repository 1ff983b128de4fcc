package io.herald.system;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links and images in public messages lead only to web and mail addresses, however the scheme is spelt. */
class MarkdownTest {

    // A link or image whose target names a scheme other than http, https or mailto.
    private static final Pattern LINK_TARGET = Pattern.compile("(href|src)=\"(?!https?:|mailto:)[a-z]+:");

    @Test
    void dataAndScriptUrlsAreDropped() {
        for (String markdown : new String[]{
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2Zy8+)",
                "[x](DATA:text/html,hi)",
                "[x](&#100;ata:text/html,hi)",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](vbscript:msgbox)",
                "[x](file:///etc/passwd)",
                "<data:text/html,hi>"}) {
            String html = Markdown.toHtml(markdown).toLowerCase();
            assertFalse(LINK_TARGET.matcher(html).find(), markdown + " -> " + html);
        }
    }

    @Test
    void webMailAndRelativeLinksStay() {
        assertTrue(Markdown.toHtml("[status](https://status.example.com/x)").contains("href=\"https://status.example.com/x\""));
        assertTrue(Markdown.toHtml("[us](mailto:ops@example.com)").contains("href=\"mailto:ops@example.com\""));
        assertTrue(Markdown.toHtml("[history](/history)").contains("href=\"/history\""));
        assertTrue(Markdown.toHtml("![chart](https://example.com/c.png)").contains("src=\"https://example.com/c.png\""));
    }

    @Test
    void plainWebAddressesBecomeLinksAndNothingElseDoes() {
        assertEquals("<p>Details at <a rel=\"nofollow\" href=\"https://status.example.com/x\">https://status.example.com/x</a>.</p>\n",
                Markdown.toHtml("Details at https://status.example.com/x."));
        assertTrue(Markdown.toHtml("Mail ops@example.com").contains("href=\"mailto:ops@example.com\""));
        assertFalse(Markdown.toHtml("Run javascript:alert(1) now").contains("<a"), "no script link from plain text");
    }
}
