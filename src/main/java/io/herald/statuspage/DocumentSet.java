package io.herald.statuspage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The documents of one render, each made on its own: one that fails (a template error, text a feed cannot carry)
 * costs only itself, never the page, the API or the other feeds, and says why.
 */
final class DocumentSet {

    private final Map<String, CachedDocument> documents = new HashMap<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();

    void add(String path, Supplier<CachedDocument> render) {
        try {
            documents.put(path, render.get());
        } catch (RuntimeException e) {
            failures.put(path, e);
        }
    }

    Map<String, CachedDocument> documents() {
        return documents;
    }

    /** The paths that could not be rendered, with what went wrong. */
    Map<String, RuntimeException> failures() {
        return failures;
    }
}
