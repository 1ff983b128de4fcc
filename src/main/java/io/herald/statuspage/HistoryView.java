package io.herald.statuspage;

import io.herald.system.PageSettings;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One page of the incident history: months, newest first, each with its incidents. */
public record HistoryView(PageSettings page, List<Month> months, int number, boolean hasNewer, boolean hasOlder) {

    static final int MONTHS_PER_PAGE = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public record Month(String name, List<IncidentView> incidents) {
    }

    /** Always at least one page, so that /history exists even before the first incident. */
    static List<HistoryView> pages(PageSettings page, List<IncidentView> newestFirst) {
        Map<String, List<IncidentView>> byMonth = new LinkedHashMap<>();
        for (IncidentView incident : newestFirst) {
            var last = incident.updates().get(incident.updates().size() - 1).at();
            String month = MONTH.format(OffsetDateTime.parse(last.iso()));
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(incident);
        }
        List<Month> months = byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
        int count = Math.max(1, (months.size() + MONTHS_PER_PAGE - 1) / MONTHS_PER_PAGE);
        List<HistoryView> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(new HistoryView(page, months.subList(Math.min(i * MONTHS_PER_PAGE, months.size()),
                    Math.min((i + 1) * MONTHS_PER_PAGE, months.size())), i + 1, i > 0, i + 1 < count));
        }
        return pages;
    }
}
