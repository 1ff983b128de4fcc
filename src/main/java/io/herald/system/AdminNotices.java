package io.herald.system;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Problems every signed-in person should see at the top of each admin page until they are gone, e.g. a public
 * document that could not be updated. Each concern raises and clears its own notice under its own key.
 */
@Singleton
public class AdminNotices {

    private final Map<String, String> notices = new ConcurrentSkipListMap<>();

    public void raise(String key, String text) {
        notices.put(key, text);
    }

    public void clear(String key) {
        notices.remove(key);
    }

    public List<String> current() {
        return List.copyOf(notices.values());
    }
}
