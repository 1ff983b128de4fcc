package io.herald.notification.x;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TweetComposerTest {

    private static final String LINK = "https://status.example.com/incidents/42";

    @Test
    void aShortUpdateIsTweetedWholeWithItsLink() {
        assertEquals("API errors — Investigating: We are looking into errors. " + LINK,
                TweetComposer.compose("API errors — Investigating", "We are **looking** into\n\nerrors.", LINK, null));
    }

    @Test
    void aLongUpdateIsCutAtAWordAndKeepsTheWholeLink() {
        String body = "Customers see timeouts when they check out with a saved card. ".repeat(10);
        String tweet = TweetComposer.compose("Checkout slow — Identified", body, LINK, null);
        assertTrue(TweetComposer.weightedLength(tweet) <= 280, tweet);
        assertTrue(TweetComposer.weightedLength(tweet) > 250, "uses the room it has: " + tweet);
        assertTrue(tweet.endsWith("… " + LINK), tweet);
        assertTrue(tweet.startsWith("Checkout slow — Identified: Customers see timeouts"), tweet);
        String cut = tweet.substring(0, tweet.indexOf('…'));
        assertTrue(body.startsWith(cut.substring("Checkout slow — Identified: ".length()) + " "), "cut at a word: " + cut);
    }

    @Test
    void wideCharactersCountDouble() {
        String body = "決済サービスで障害が発生しています。".repeat(20);
        String tweet = TweetComposer.compose("決済障害 — Investigating", body, LINK, null);
        int weighted = TweetComposer.weightedLength(tweet);
        assertTrue(weighted <= 280, "weighted " + weighted);
        assertTrue(tweet.codePointCount(0, tweet.length()) < 180, "far fewer than 280 characters: " + tweet.length());
        assertTrue(tweet.endsWith(LINK));
    }

    @Test
    void aCustomTweetIsTakenAsWritten() {
        assertEquals("Checkout is back. Thanks for your patience!",
                TweetComposer.compose("Checkout slow — Resolved", "Long text", LINK, "  Checkout is back. Thanks for your patience!\n"));
        String wide = "お待たせしました。".repeat(20);
        String shortened = TweetComposer.compose("x", "y", LINK, wide);
        assertTrue(TweetComposer.weightedLength(shortened) <= 280, shortened);
        assertTrue(shortened.endsWith("…"));
        assertFalse(TweetComposer.compose("x", "y", LINK, "   ").isBlank(), "a blank custom tweet is no custom tweet");
    }
}
