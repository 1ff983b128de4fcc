package io.herald.notification.delivery;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * What this instance has handed over (a mail server's 250, a webhook's 2xx) but not yet recorded in the database:
 * each sending thread appends a line to a file of its own right after each send, before the outcome's group write.
 * A kill -9 cannot take back a write() the process made (the bytes are in the kernel, not in the process), so the
 * next start on the same data directory marks those deliveries sent instead of sending them again. No fsync: that
 * would cost a disk flush per message; a crash of the whole machine falls back to what the group writes bound.
 *
 * <p>A writer holds an OS lock on its file while it lives; a file nobody holds is a dead process's, and only those
 * are taken over, so instances that share a data directory never read each other's live journals.
 */
@Singleton
public class SentJournal {

    static final String FOLDER = "sent-journal";
    private static final Logger LOG = LoggerFactory.getLogger(SentJournal.class);
    private static final SecureRandom NAMES = new SecureRandom();

    private final Path folder;

    SentJournal(@Value("${herald.data-dir:data}") String dataDir) {
        this.folder = Path.of(dataDir).toAbsolutePath().resolve(FOLDER);
    }

    /** One sent delivery: its id, when, and the far end's id for it (a tweet's), if any. */
    public record Entry(long deliveryId, Instant at, @Nullable String externalId) {
    }

    /** A journal for one sending thread; one that cannot be written journals nothing and says so once. */
    Writer open(String name) {
        byte[] suffix = new byte[4];
        NAMES.nextBytes(suffix);
        Path file = folder.resolve(name + "-" + HexFormat.of().formatHex(suffix) + ".log");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new Writer(file, channel, channel.lock());
        } catch (IOException e) {
            LOG.warn("Cannot keep a journal of sent deliveries in {}: a kill -9 may repeat what was sent but not yet"
                    + " recorded ({})", folder, e.toString());
            return new Writer(file, null, null);
        }
    }

    /**
     * Hands the entries of every journal no living process holds to {@code record}, one file at a time, and deletes
     * each file once its entries are recorded (a file whose recording fails stays, for the next start).
     */
    void takeOver(Consumer<List<Entry>> record) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.log")) {
            for (Path file : files) {
                takeOver(file, record);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the journals of sent deliveries in {}", folder, e);
        }
    }

    private void takeOver(Path file, Consumer<List<Entry>> record) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return; // held in this very process
            }
            if (lock == null) {
                return; // held by a living process
            }
            List<Entry> entries = parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!entries.isEmpty()) {
                record.accept(entries);
                LOG.info("Marked {} deliveries sent that a stopped process had sent but not recorded", entries.size());
            }
            Files.delete(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The journal of sent deliveries {} could not be taken over; it is tried again at the next start",
                    file, e);
        }
    }

    /** The lines of a journal; a line cut short by the kill, or otherwise unreadable, is left out. */
    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        // The last piece follows the last newline: empty, or a line the kill cut short.
        for (String line : List.of(lines).subList(0, lines.length - 1)) {
            String[] parts = line.split(" ");
            if (parts.length < 2 || parts.length > 3) {
                continue;
            }
            try {
                entries.add(new Entry(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                        parts.length == 3 ? parts[2] : null));
            } catch (NumberFormatException e) {
                // not a line this class wrote whole
            }
        }
        return entries;
    }

    /** One thread's journal. Not thread-safe: each sending thread has its own. */
    static final class Writer implements AutoCloseable {
        private final Path file;
        @Nullable
        private FileChannel channel;
        @Nullable
        private final FileLock lock;
        private long size;

        private Writer(Path file, @Nullable FileChannel channel, @Nullable FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        /** Notes one delivery as sent, in a single write(). */
        void sent(long deliveryId, Instant at, @Nullable String externalId) {
            if (channel == null) {
                return;
            }
            String line = deliveryId + " " + at.toEpochMilli()
                    + (externalId == null || externalId.isBlank() ? "" : " " + externalId.replaceAll("\\s", "")) + "\n";
            try {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    size += channel.write(bytes);
                }
            } catch (IOException e) {
                LOG.warn("The journal of sent deliveries {} cannot be written; it is no longer kept", file, e);
                closeQuietly();
            }
        }

        /** Bytes written since the last {@link #clear}. */
        long size() {
            return size;
        }

        /** Empties the journal: to be called only when everything in it is recorded in the database. */
        void clear() {
            if (channel == null || size == 0) {
                return;
            }
            try {
                channel.truncate(0);
                size = 0;
            } catch (IOException e) {
                LOG.warn("The journal of sent deliveries {} cannot be emptied; it is no longer kept", file, e);
                closeQuietly();
            }
        }

        /** Closes the journal; a journal with entries left stays, for the next start to take over. */
        @Override
        public void close() {
            boolean empty = size == 0;
            closeQuietly();
            if (empty) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("Could not delete the empty journal {}", file, e);
                }
            }
        }

        private void closeQuietly() {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                LOG.debug("Could not close the journal {}", file, e);
            }
            channel = null;
        }
    }
}
