package io.herald.notification.email;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which text goes out as it is (7bit) and which is quoted-printable. */
class TransferEncodingTest {

    @Test
    void plainAsciiInShortLinesIsSevenBit() {
        assertEquals("7bit", TransferEncoding.of(""));
        assertEquals("7bit", TransferEncoding.of("Search is down.\r\nWe are on it.\n\tSee https://status.acme.test/~x?a=1"));
    }

    @Test
    void anythingBeyondAsciiIsQuotedPrintable() {
        assertEquals("quoted-printable", TransferEncoding.of("Café"));
        assertEquals("quoted-printable", TransferEncoding.of("障害"));
        assertEquals("quoted-printable", TransferEncoding.of("emoji 🙂"));
        assertEquals("quoted-printable", TransferEncoding.of("delete \u007F"));
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreQuotedPrintable() {
        for (char c : new char[] {0, 7, 0x0B, 0x0C, 0x1B, 0x1F}) {
            assertEquals("quoted-printable", TransferEncoding.of("a" + c + "b"), "U+" + (int) c);
        }
    }

    @Test
    void aLineLongerThanNineHundredIsQuotedPrintable() {
        String longest = "x".repeat(TransferEncoding.MAX_7BIT_LINE);
        assertEquals("7bit", TransferEncoding.of(longest));
        assertEquals("quoted-printable", TransferEncoding.of(longest + "x"));
        assertEquals("7bit", TransferEncoding.of(longest + "\n" + longest + "\n"), "each line counts on its own");
        assertEquals("quoted-printable", TransferEncoding.of("short\n" + longest + "x\nshort"));
    }
}
