package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * Text every output can carry. Pages, JSON, e-mail and chat could take almost anything, but XML (the RSS and Atom
 * feeds) cannot take C0 control characters other than tab and newline, a lone half of a surrogate pair, or
 * U+FFFE/U+FFFF; and such characters are never meant: they come in with text pasted from word processors and
 * terminals. So they are refused where text comes in, with the place they sit, rather than dropped unseen.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** Browsers send a textarea's line breaks as CR LF; one kind of line break, LF, is kept. */
    public static String withNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Where the first character no output can carry sits, e.g. "U+000B at character 10", if there is one. */
    public static Optional<String> firstUnprintable(String text) {
        // By code point: a surrogate pair is one character, and a lone half comes out as a code point of its own.
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!carried(c)) {
                return Optional.of(String.format("U+%04X at character %d", c, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The text without the characters no output can carry: for what was stored before they were refused. */
    public static String printable(String text) {
        if (firstUnprintable(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(PrintableText::carried).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** A value as a message may show it: in quotes, printable, and cut short if it is long. */
    public static String quoted(@Nullable String value) {
        String shown = printable(value == null ? "" : value);
        return "'" + (shown.length() > 80 ? shown.substring(0, 77) + "…" : shown) + "'";
    }

    private static boolean carried(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && c != 0xFFFE && c != 0xFFFF;
    }
}
