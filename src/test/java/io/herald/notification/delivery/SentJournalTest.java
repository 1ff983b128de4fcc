package io.herald.notification.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentJournalTest {

    @TempDir
    Path dataDir;

    private final Instant at = Instant.ofEpochMilli(1_700_000_000_123L);

    @Test
    void whatAStoppedWriterNotedIsTakenOverOnceThenGone() {
        SentJournal journal = new SentJournal(dataDir.toString());
        SentJournal.Writer writer = journal.open("email-0");
        writer.sent(41, at, null);
        writer.sent(42, at.plusMillis(5), "1790000000000000001");
        writer.close();

        List<SentJournal.Entry> taken = new ArrayList<>();
        new SentJournal(dataDir.toString()).takeOver(taken::addAll);
        assertEquals(List.of(new SentJournal.Entry(41, at, null),
                new SentJournal.Entry(42, at.plusMillis(5), "1790000000000000001")), taken);

        List<SentJournal.Entry> again = new ArrayList<>();
        new SentJournal(dataDir.toString()).takeOver(again::addAll);
        assertEquals(List.of(), again, "a journal taken over is deleted");
    }

    @Test
    void aLivingWritersJournalIsNotTakenOver() {
        SentJournal journal = new SentJournal(dataDir.toString());
        try (SentJournal.Writer writer = journal.open("email-0")) {
            writer.sent(7, at, null);
            List<SentJournal.Entry> taken = new ArrayList<>();
            new SentJournal(dataDir.toString()).takeOver(taken::addAll);
            assertEquals(List.of(), taken, "held by a living writer");
        }
    }

    @Test
    void aClearedJournalHoldsNothingAndAnEmptyOneIsDeletedOnClose() throws Exception {
        SentJournal journal = new SentJournal(dataDir.toString());
        SentJournal.Writer writer = journal.open("webhook-1");
        writer.sent(1, at, null);
        assertTrue(writer.size() > 0);
        writer.clear();
        assertEquals(0, writer.size());
        writer.close();
        try (Stream<Path> files = Files.list(dataDir.resolve(SentJournal.FOLDER))) {
            assertEquals(0, files.count(), "nothing left to take over");
        }
    }

    @Test
    void aFailedRecordingKeepsTheJournalForTheNextStart() {
        SentJournal journal = new SentJournal(dataDir.toString());
        SentJournal.Writer writer = journal.open("email-0");
        writer.sent(9, at, null);
        writer.close();

        new SentJournal(dataDir.toString()).takeOver(entries -> {
            throw new IllegalStateException("database gone");
        });
        List<SentJournal.Entry> taken = new ArrayList<>();
        new SentJournal(dataDir.toString()).takeOver(taken::addAll);
        assertEquals(List.of(new SentJournal.Entry(9, at, null)), taken);
    }

    @Test
    void aLineTheKillCutShortIsLeftOut() {
        assertEquals(List.of(new SentJournal.Entry(5, at, null)),
                SentJournal.parse("5 " + at.toEpochMilli() + "\n6 17000"));
        assertEquals(List.of(), SentJournal.parse("x y\n\n1 2 3 4\n"));
    }

    @Test
    void anUnwritableDataDirectoryJournalsNothingButStillSends() throws Exception {
        Path file = dataDir.resolve("not-a-folder");
        Files.writeString(file, "");
        SentJournal.Writer writer = new SentJournal(file.toString()).open("email-0");
        writer.sent(1, at, null);
        assertEquals(0, writer.size());
        writer.close();
        assertFalse(Files.isDirectory(file.resolve(SentJournal.FOLDER)));
    }
}
