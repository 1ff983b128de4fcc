package io.herald.statuspage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public documents saved to the data directory come back byte for byte after a restart. */
class SavedDocumentsTest {

    @TempDir
    Path dataDir;

    private final Instant at = Instant.parse("2026-12-07T10:15:30Z");

    @Test
    void documentsComeBackAsTheyWereSaved() {
        CachedDocument page = CachedDocument.of("<h1>All Systems Operational</h1>".getBytes(StandardCharsets.UTF_8),
                RenderPublicDocuments.HTML, at);
        CachedDocument summary = CachedDocument.of("{\"status\":{}}".getBytes(StandardCharsets.UTF_8),
                RenderPublicDocuments.JSON, at.plusSeconds(5));
        new SavedDocuments(dataDir.toString()).save(Map.of("/", page, "/api/v2/summary.json", summary));

        Map<String, CachedDocument> loaded = new SavedDocuments(dataDir.toString()).load();
        assertEquals(2, loaded.size());
        for (var expected : Map.of("/", page, "/api/v2/summary.json", summary).entrySet()) {
            CachedDocument doc = loaded.get(expected.getKey());
            assertArrayEquals(expected.getValue().body(), doc.body());
            assertArrayEquals(expected.getValue().gzipped(), doc.gzipped());
            assertEquals(expected.getValue().etag(), doc.etag());
            assertEquals(expected.getValue().contentType(), doc.contentType());
            assertEquals(expected.getValue().lastModified(), doc.lastModified());
        }
    }

    @Test
    void theSameDocumentsAreNotWrittenAgain() throws Exception {
        SavedDocuments saved = new SavedDocuments(dataDir.toString());
        CachedDocument page = CachedDocument.of("page".getBytes(StandardCharsets.UTF_8), RenderPublicDocuments.HTML, at);
        saved.save(Map.of("/", page));
        Path file = dataDir.resolve(SavedDocuments.FILE);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        saved.save(Map.of("/", CachedDocument.of("page".getBytes(StandardCharsets.UTF_8), RenderPublicDocuments.HTML, at)));
        assertEquals(old, Files.getLastModifiedTime(file));
        saved.save(Map.of("/", CachedDocument.of("changed".getBytes(StandardCharsets.UTF_8), RenderPublicDocuments.HTML, at)));
        assertTrue(Files.getLastModifiedTime(file).compareTo(old) > 0);
        try (var files = Files.list(dataDir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedOrMissingCopyIsLeftAside() throws Exception {
        assertEquals(Map.of(), new SavedDocuments(dataDir.toString()).load());
        Files.write(dataDir.resolve(SavedDocuments.FILE), new byte[]{0, 0, 0, 1, 0, 0, 0, 9, 1});
        assertEquals(Map.of(), new SavedDocuments(dataDir.toString()).load());
    }
}
