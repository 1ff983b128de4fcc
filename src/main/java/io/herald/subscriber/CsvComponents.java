package io.herald.subscriber;

import io.herald.system.PrintableText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The components column of a subscriber import: component names as the page shows them (any case) or ids, several
 * separated by ";" or "|" (or, for ids, by spaces). A name may contain spaces ("REST API"); an id is a number.
 */
final class CsvComponents {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IDS = Pattern.compile("\\d{1,18}(\\s+\\d{1,18})*");

    private final Set<Long> ids;
    private final Map<String, List<Long>> byName;

    /** From the components that exist: id to name. */
    CsvComponents(Map<Long, String> components) {
        this.ids = Set.copyOf(components.keySet());
        this.byName = components.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getValue().strip().toLowerCase(Locale.ROOT), TreeMap::new,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    }

    /** The ids the column names, in its order; throws with a message naming the row and what to fix. */
    List<Long> read(int row, String text) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(text.strip())) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            List<Long> named = byName.get(item.toLowerCase(Locale.ROOT));
            if (named != null && named.size() > 1) {
                throw new IllegalArgumentException("row " + row + ": several components are named "
                        + PrintableText.quoted(item) + "; give the id of the one you mean (" + named.stream().sorted()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            }
            if (named != null) {
                chosen.add(named.get(0));
            } else if (IDS.matcher(item).matches()) {
                for (String id : SPACES.split(item)) {
                    chosen.add(known(row, Long.parseLong(id)));
                }
            } else {
                throw new IllegalArgumentException("row " + row + ": no component is named " + PrintableText.quoted(item)
                        + "; give its name as the page shows it, or its id");
            }
        }
        return new ArrayList<>(chosen);
    }

    private long known(int row, long id) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("row " + row + ": component " + id + " does not exist");
        }
        return id;
    }
}
