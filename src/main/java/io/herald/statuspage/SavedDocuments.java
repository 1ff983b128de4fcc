package io.herald.statuspage;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The last good public documents on disk, in the data directory, so that a Herald started while its database is
 * unreachable still serves the page and the API as they last were. Written whole to a temporary file and then
 * moved into place, so a reader (or a crash) never finds half of them.
 */
@Singleton
class SavedDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(SavedDocuments.class);
    private static final int FORMAT = 1;
    static final String FILE = "public-documents.bin";

    private final Path file;
    private Map<String, String> savedTags = Map.of();

    SavedDocuments(@Value("${herald.data-dir:data}") String dataDir) {
        this.file = Path.of(dataDir).toAbsolutePath().resolve(FILE);
    }

    /** What was saved last, or nothing when there is no (readable) copy. */
    synchronized Map<String, CachedDocument> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, CachedDocument> documents = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String contentType = in.readUTF();
                String etag = in.readUTF();
                Instant lastModified = Instant.ofEpochMilli(in.readLong());
                byte[] gzipped = in.readNBytes(in.readInt());
                byte[] body;
                try (var gunzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    body = gunzip.readAllBytes();
                }
                documents.put(path, new CachedDocument(body, gzipped, contentType, etag, lastModified));
            }
            savedTags = tags(documents);
            return documents;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved public documents in {} could not be read; they are left aside", file, e);
            return Map.of();
        }
    }

    /** Saves the documents unless they are the ones saved last. */
    synchronized void save(Map<String, CachedDocument> documents) {
        Map<String, String> tags = tags(documents);
        if (tags.equals(savedTags)) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(documents.size());
                for (var entry : documents.entrySet()) {
                    CachedDocument doc = entry.getValue();
                    out.writeUTF(entry.getKey());
                    out.writeUTF(doc.contentType());
                    out.writeUTF(doc.etag());
                    out.writeLong(doc.lastModified().toEpochMilli());
                    out.writeInt(doc.gzipped().length);
                    out.write(doc.gzipped());
                }
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            savedTags = tags;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not save the public documents to " + file, e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException ignored) {
            // Only a leftover temporary file; the next save tries again.
        }
    }

    private static Map<String, String> tags(Map<String, CachedDocument> documents) {
        Map<String, String> tags = new HashMap<>();
        documents.forEach((path, doc) -> tags.put(path, doc.etag()));
        return tags;
    }
}
