package io.herald.notification.email;

/**
 * How a text part is written: 7bit for plain ASCII in short lines (written as is), else quoted-printable. Chosen
 * here in one pass over the text, because Jakarta Mail's own choice, and its quoted-printable encoder, go through
 * several stream layers a byte at a time: together the largest share of the CPU of a fan-out.
 */
final class TransferEncoding {

    static final String SEVEN_BIT = "7bit";
    static final String QUOTED_PRINTABLE = "quoted-printable";
    /** Well under SMTP's 998, so that no server has to fold a line. */
    static final int MAX_7BIT_LINE = 900;

    private TransferEncoding() {
    }

    static String of(String body) {
        return sevenBit(body) ? SEVEN_BIT : QUOTED_PRINTABLE;
    }

    /** ASCII without control characters other than CR, LF and tab, in lines of at most {@link #MAX_7BIT_LINE}. */
    static boolean sevenBit(String body) {
        int line = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line = 0;
            } else if (c >= 0x7F || (c < 0x20 && c != '\r' && c != '\t') || ++line > MAX_7BIT_LINE) {
                return false;
            }
        }
        return true;
    }
}
