package io.herald.notification.delivery;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One sending thread's outcome writes, up to {@value #WRITES_IN_FLIGHT} in flight (group commit): a group starts as
 * soon as it is due while fewer are in flight, so slow commits make the next group larger instead of holding up the
 * sending; the thread waits only when {@value #UNRECORDED_AT_MOST} would be unrecorded. Every send is in the thread's
 * {@link SentJournal} at once, so a kill of the process repeats none of these; the loss of the whole instance may
 * repeat what is unrecorded.
 */
final class GroupCommit {

    /** Outcome writes of one thread in flight at once: a slow commit does not hold the next group back. */
    static final int WRITES_IN_FLIGHT = 2;
    /** A thread sends no further while this many are sent but not yet recorded. */
    static final int UNRECORDED_AT_MOST = 100;

    final SentJournal.Writer journal;
    private final OutcomeWriter writer;
    private final Executor database;
    private final ArrayDeque<Write> inFlight = new ArrayDeque<>();

    GroupCommit(OutcomeWriter writer, Executor database, SentJournal.Writer journal) {
        this.writer = writer;
        this.database = database;
        this.journal = journal;
    }

    /** Whether a group of this many may start now, after waiting if the thread holds too many unrecorded. */
    boolean ready(int pending) {
        while (!inFlight.isEmpty() && inFlight.peekFirst().write().isDone()) {
            inFlight.pollFirst().write().join();
        }
        if (inFlight.size() < WRITES_IN_FLIGHT) {
            return true;
        }
        int unrecorded = pending + inFlight.stream().mapToInt(Write::size).sum();
        if (unrecorded < UNRECORDED_AT_MOST) {
            return false;
        }
        inFlight.pollFirst().write().join();
        return true;
    }

    void start(ChannelAdapter<?> adapter, Outcomes outcomes) {
        if (outcomes.size() > 0) {
            inFlight.addLast(new Write(CompletableFuture.runAsync(() -> writer.write(adapter, outcomes), database),
                    outcomes.size()));
        }
    }

    /** Waits for the writes in flight, and empties the journal: to be called only with no outcomes gathering. */
    void settle() {
        finish();
        journal.clear();
    }

    /** Waits for the writes in flight; rethrows the first failure. */
    void finish() {
        RuntimeException failure = null;
        while (!inFlight.isEmpty()) {
            try {
                inFlight.pollFirst().write().join();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private record Write(CompletableFuture<Void> write, int size) {
    }
}
