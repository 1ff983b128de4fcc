package io.herald.notification.x;

import com.twitter.twittertext.TwitterTextParser;
import io.micronaut.core.annotation.Nullable;

/**
 * A tweet's text, within X's limit as X counts it (weighted: a URL counts 23, most CJK characters 2, an
 * emoji 2). A written custom tweet is taken as it is; otherwise "name — status: message link", the message
 * shortened at a word where it must, and the link always kept whole.
 */
public final class TweetComposer {

    static final int LIMIT = 280;
    private static final String ELLIPSIS = "…";

    private TweetComposer() {
    }

    public static String compose(String headline, String body, String link, @Nullable String customTweet) {
        if (customTweet != null && !customTweet.isBlank()) {
            String custom = customTweet.strip();
            return fits(custom) ? custom : shorten(custom, "");
        }
        String text = headline + ": " + plain(body);
        String tail = " " + link;
        return fits(text + tail) ? text + tail : shorten(text, tail);
    }

    static int weightedLength(String tweet) {
        return TwitterTextParser.parseTweet(tweet).weightedLength;
    }

    private static boolean fits(String tweet) {
        return weightedLength(tweet) <= LIMIT;
    }

    /** The longest start of text that fits with the ellipsis and the tail, cut at a space when one is near. */
    private static String shorten(String text, String tail) {
        int low = 0;
        int high = text.codePointCount(0, text.length());
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits(start(text, mid) + ELLIPSIS + tail)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        String cut = start(text, low);
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() - 30 && space > 0) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + ELLIPSIS + tail;
    }

    private static String start(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    /** Markdown written for the page, as plain words on one line. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^]]*)]\\(([^)]*)\\)", "$1")
                .replaceAll("(\\*\\*|__|`)", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
