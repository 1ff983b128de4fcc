package io.herald.system;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What text every output (pages, JSON, XML feeds, mail) can carry, checked against XML 1.0's Char rule. */
class PrintableTextTest {

    @Test
    void everyCharacterIsRefusedExactlyWhenXmlCannotCarryIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            boolean refused = PrintableText.firstUnprintable(text).isPresent();
            assertEquals(!xmlChar(c), refused, String.format("U+%04X", c));
            assertEquals(xmlChar(c) ? text : "ab", PrintableText.printable(text), String.format("U+%04X", c));
        }
    }

    @Test
    void surrogatePairsAreKeptAndLoneHalvesRefused() {
        String emoji = "fire 🔥 out";
        assertEquals(Optional.empty(), PrintableText.firstUnprintable(emoji));
        assertEquals(emoji, PrintableText.printable(emoji));
        assertEquals(Optional.of("U+D83D at character 6"), PrintableText.firstUnprintable("fire \uD83D out"));
        assertEquals(Optional.of("U+DD25 at character 1"), PrintableText.firstUnprintable("\uDD25\uD83D"));
        assertEquals("fire  out", PrintableText.printable("fire \uD83D out"));
    }

    @Test
    void namesThePlaceOfTheFirstOne() {
        assertEquals(Optional.of("U+000B at character 9"), PrintableText.firstUnprintable("VT probe\u000bpasted\u0000"));
    }

    @Test
    void lineBreaksBecomeNewlines() {
        assertEquals("one\ntwo\nthree", PrintableText.withNewlines("one\r\ntwo\rthree"));
    }

    @Test
    void fieldsRefuseControlCharactersNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Fields.requiredText("name", "VT probe\u000bpasted from Word", 255));
        assertEquals("name", e.field());
        assertTrue(e.getMessage().startsWith("name contains an invisible control character (U+000B at character 9)"),
                e.getMessage());
        assertEquals("a\nb", Fields.requiredText("body", "a\r\nb", 255));
    }

    @Test
    void emailAddressesWithControlCharactersAreNone() {
        assertEquals(Optional.of("ann@example.com"), EmailAddresses.normalize(" Ann@Example.com "));
        for (String bad : new String[]{"ann\u0000@example.com", "ann@exa\u0001mple.com", "ann@example.com\u007f",
                "ann@example.c\u000bom", "a".repeat(100_000) + "@example.com"}) {
            assertFalse(EmailAddresses.normalize(bad).isPresent(), bad.length() > 50 ? "long" : bad);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EmailAddresses.checked("email", "x".repeat(1000)));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
        assertFalse(PrintableText.quoted("ann\u0000@x").contains("\u0000"));
    }

    // XML 1.0, production [2] Char, for one UTF-16 unit (pairs are tested above).
    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
