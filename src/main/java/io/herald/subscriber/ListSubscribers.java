package io.herald.subscriber;

import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Subscribers a page at a time, each with the components they chose, read in one query per page. */
@Singleton
class ListSubscribers {

    static final int MAX_PER_PAGE = 1000;

    private final SubscriberRepository subscribers;

    ListSubscribers(SubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    /** A page of subscribers and, for those that chose some, their components. */
    record Found(List<Subscriber> rows, Map<Long, List<Long>> components) {

        List<Long> componentsOf(Subscriber s) {
            return components.getOrDefault(s.id(), List.of());
        }
    }

    /** Page numbers start at 1, as in the Statuspage API. */
    List<SubscriberJson> page(@Nullable Integer page, @Nullable Integer perPage) {
        Found found = find("", page, perPage);
        return found.rows().stream().map(s -> SubscriberJson.of(s, found.componentsOf(s))).toList();
    }

    /** Those whose address contains {@code address} (every subscriber when it is blank), oldest first. */
    Found find(String address, @Nullable Integer page, @Nullable Integer perPage) {
        int number = page == null ? 1 : page;
        int size = perPage == null ? 100 : perPage;
        if (number < 1) {
            throw new InvalidInputException("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_PER_PAGE) {
            throw new InvalidInputException("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
        }
        Pageable pageable = Pageable.from(number - 1, size, Sort.of(Sort.Order.asc("id")));
        var rows = address.isBlank() ? subscribers.list(pageable)
                : subscribers.findByEmailContains(address.strip().toLowerCase(Locale.ROOT), pageable);
        return new Found(rows, componentsOf(rows));
    }

    /** The chosen components of those subscribers that chose some. */
    Map<Long, List<Long>> componentsOf(List<Subscriber> rows) {
        List<Long> ids = rows.stream().filter(s -> !s.allComponents()).map(Subscriber::id).toList();
        Map<Long, List<Long>> components = new HashMap<>();
        if (!ids.isEmpty()) {
            for (String line : subscribers.componentsOf(ids)) {
                String[] parts = line.split("=", 2);
                components.put(Long.parseLong(parts[0]), Arrays.stream(parts[1].split(",")).map(Long::parseLong).toList());
            }
        }
        return components;
    }
}
