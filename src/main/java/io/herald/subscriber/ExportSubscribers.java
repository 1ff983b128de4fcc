package io.herald.subscriber;

import io.micronaut.core.io.Writable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every subscriber as CSV, in the columns the import reads back (email, components, state, created_at). Written a few
 * thousand rows at a time as the response goes out, so a large list is never held in memory whole.
 */
@Singleton
class ExportSubscribers {

    private static final int CHUNK = 5000;

    private final SubscriberRepository subscribers;
    private final ListSubscribers list;

    ExportSubscribers(SubscriberRepository subscribers, ListSubscribers list) {
        this.subscribers = subscribers;
        this.list = list;
    }

    Writable export() {
        return writer -> {
            // Not closed here: the server owns the writer.
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(SubscriberCsv.HEADER.split(",")).get());
            {
                long after = 0;
                while (true) {
                    List<Subscriber> rows = subscribers.findByIdGreaterThanOrderByIdAsc(after, Pageable.from(0, CHUNK));
                    if (rows.isEmpty()) {
                        break;
                    }
                    Map<Long, List<Long>> components = list.componentsOf(rows);
                    for (Subscriber s : rows) {
                        csv.printRecord(s.email(), components.getOrDefault(s.id(), List.of()).stream()
                                        .map(String::valueOf).collect(Collectors.joining(" ")),
                                SubscriberJson.state(s), s.createdAt());
                    }
                    after = rows.get(rows.size() - 1).id();
                }
                csv.flush();
            }
        };
    }
}
