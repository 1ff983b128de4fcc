package io.herald.subscriber;

import io.herald.component.Component;
import io.herald.component.ComponentRepository;
import io.herald.system.PageSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what the subscribers admin page shows, a page of {@value #PER_PAGE} at a time. */
@Singleton
class LoadSubscriberPage {

    static final int PER_PAGE = 50;

    private final ListSubscribers list;
    private final SubscriberRepository subscribers;
    private final SuppressionRepository suppressions;
    private final ComponentRepository components;
    private final SubscriberSettings settings;
    private final PageSettings page;

    LoadSubscriberPage(ListSubscribers list, SubscriberRepository subscribers, SuppressionRepository suppressions,
                       ComponentRepository components, SubscriberSettings settings, PageSettings page) {
        this.list = list;
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.components = components;
        this.settings = settings;
        this.page = page;
    }

    /** A page number out of range shows the first or the last page rather than an error. */
    @Transactional(readOnly = true)
    SubscriberPage load(String query, int number) {
        String address = query.strip().toLowerCase(Locale.ROOT);
        long matching = address.isEmpty() ? subscribers.count() : subscribers.countByEmailContains(address);
        int pages = (int) Math.max(1, (matching + PER_PAGE - 1) / PER_PAGE);
        int shown = Math.min(Math.max(number, 1), pages);
        ListSubscribers.Found found = list.find(address, shown, PER_PAGE);
        Map<Long, String> names = components.findAll().stream().collect(Collectors.toMap(Component::id, Component::name));
        List<SubscriberPage.Row> rows = found.rows().stream().map(s -> new SubscriberPage.Row(s.id(), s.email(),
                s.allComponents() ? "all" : found.componentsOf(s).stream().map(names::get).collect(Collectors.joining(", ")),
                state(s), s.createdAt())).toList();
        var counts = new SubscriberPage.Counts(subscribers.countActive(), subscribers.countUnconfirmed(),
                subscribers.countUnsubscribed(), subscribers.countSuppressed());
        return new SubscriberPage(address, shown, pages, matching, rows, counts, suppressions.listOrderByIdDesc(),
                settings.importMaxBytes(), page.timeZone());
    }

    // The API's "active" and "unconfirmed" in the words of the page.
    private static String state(Subscriber s) {
        String state = SubscriberJson.state(s);
        return switch (state) {
            case "active" -> "confirmed";
            case "unconfirmed" -> "pending";
            default -> state;
        };
    }
}
