package io.herald.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcomes of a group of sends, gathered to be written together. */
final class Outcomes {

    /** A group is written once it holds at least this many outcomes, or what was sent within RECORD_WITHIN… */
    static final int RECORD_EVERY = 25;
    /**
     * …so that at a mail server's pace (a few ms a message) a group stays small, while at full speed the groups, and
     * the statements per message, stay as large as RECORD_EVERY.
     */
    static final Duration RECORD_WITHIN = Duration.ofMillis(5);

    final List<Delivery> sent = new ArrayList<>();
    final Map<Delivery, String> sentAs = new LinkedHashMap<>();
    final List<Long> deferred = new ArrayList<>();
    final List<Failed> failed = new ArrayList<>();
    private final long gathering = System.nanoTime();

    int size() {
        return sent.size() + sentAs.size() + deferred.size() + failed.size();
    }

    /** Whether the group is ready to be written (once a write may start). */
    boolean due() {
        return size() >= RECORD_EVERY || size() > 0 && System.nanoTime() - gathering >= RECORD_WITHIN.toNanos();
    }

    record Failed(Delivery delivery, DeliveryFailure failure) {
    }
}
