package io.herald.statuspage;

import io.herald.system.PageSettings;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** One page of the history: months, newest first, each with its incidents and its completed maintenance. */
public record HistoryView(PageSettings page, List<Month> months, int number, boolean hasNewer, boolean hasOlder) {

    static final int MONTHS_PER_PAGE = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public record Month(String name, List<IncidentView> incidents, List<MaintenanceView> maintenances) {
    }

    /**
     * Always at least one page, so that /history exists even before the first incident. An incident belongs to
     * the month of its first update, a maintenance to the month it was scheduled for (both in the page's zone).
     */
    static List<HistoryView> pages(PageSettings page, List<IncidentView> incidentsNewestFirst,
                                   List<MaintenanceView> maintenancesNewestFirst) {
        Map<YearMonth, List<IncidentView>> incidents = new HashMap<>();
        for (IncidentView incident : incidentsNewestFirst) {
            var first = incident.updates().get(incident.updates().size() - 1).at();
            incidents.computeIfAbsent(month(first), m -> new ArrayList<>()).add(incident);
        }
        Map<YearMonth, List<MaintenanceView>> maintenances = new HashMap<>();
        for (MaintenanceView maintenance : maintenancesNewestFirst) {
            maintenances.computeIfAbsent(month(maintenance.scheduledFor()), m -> new ArrayList<>()).add(maintenance);
        }
        TreeSet<YearMonth> newestFirst = new TreeSet<>(Comparator.reverseOrder());
        newestFirst.addAll(incidents.keySet());
        newestFirst.addAll(maintenances.keySet());
        List<Month> months = newestFirst.stream().map(m -> new Month(MONTH.format(m),
                incidents.getOrDefault(m, List.of()), maintenances.getOrDefault(m, List.of()))).toList();
        int count = Math.max(1, (months.size() + MONTHS_PER_PAGE - 1) / MONTHS_PER_PAGE);
        List<HistoryView> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(new HistoryView(page, months.subList(Math.min(i * MONTHS_PER_PAGE, months.size()),
                    Math.min((i + 1) * MONTHS_PER_PAGE, months.size())), i + 1, i > 0, i + 1 < count));
        }
        return pages;
    }

    private static YearMonth month(IncidentView.Moment at) {
        return YearMonth.from(OffsetDateTime.parse(at.iso()));
    }
}
