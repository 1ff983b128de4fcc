package io.herald.subscriber;

import io.herald.system.EmailAddresses;
import io.herald.system.InvalidInputException;
import io.herald.system.PrintableText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an import file: columns email[,components], or any columns under a header row that names "email" (and
 * optionally "components" and "state", as the export writes them). Components are ids separated by spaces,
 * semicolons or bars; none means every component. Row numbers are the file's lines as a spreadsheet shows them.
 */
final class SubscriberCsv {

    static final String HEADER = "email,components,state,created_at";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    /** A valid row to import. */
    record Entry(int row, String email, List<Long> components) {
    }

    record Parsed(List<Entry> entries, List<ImportReport.Row> problems, int invalid, int skipped) {
    }

    private SubscriberCsv() {
    }

    static Parsed parse(String text, CsvComponents known, int maxRows) {
        List<Entry> entries = new ArrayList<>();
        List<ImportReport.Row> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int invalid = 0;
        int skipped = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), FORMAT)) {
            int emailColumn = 0;
            int componentsColumn = 1;
            int stateColumn = -1;
            int columns = 2; // email[,components], or what the header names
            int rows = 0;
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                if (row == 1 && record.get(0).equalsIgnoreCase("email")) {
                    List<String> names = record.toList().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
                    componentsColumn = names.indexOf("components");
                    stateColumn = names.indexOf("state");
                    columns = names.size();
                    continue;
                }
                if (++rows > maxRows) {
                    throw new ImportTooLargeException("The file has more than " + maxRows
                            + " rows, the import limit (herald.subscribers.import-max-rows); split it");
                }
                String raw = record.get(0);
                String error = null;
                String field = "email";
                String email = EmailAddresses.normalize(raw).orElse(null);
                List<Long> components = List.of();
                if (record.size() > columns) {
                    error = "row " + row + " has " + record.size() + " columns; a row is email[,components]"
                            + (columns > 2 ? " or the " + columns + " columns the first row names" : "")
                            + " (a value with a comma needs quotes)";
                } else if (raw.isBlank()) {
                    error = "row " + row + ": the e-mail address is empty";
                } else if (email == null) {
                    error = "row " + row + ": " + PrintableText.quoted(raw) + " is not an e-mail address";
                } else {
                    try {
                        components = known.read(row, column(record, componentsColumn));
                    } catch (IllegalArgumentException e) {
                        field = "components";
                        error = e.getMessage();
                    }
                }
                if (error != null) {
                    invalid++;
                    problems.add(new ImportReport.Row(row, PrintableText.printable(raw), field, "invalid", error));
                    continue;
                }
                String state = column(record, stateColumn).toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(email, row);
                String skip = earlier != null ? "row " + row + ": " + email + " is already on row " + earlier + "; skipped"
                        : state.equals("unsubscribed") || state.equals("suppressed")
                        ? "row " + row + ": " + email + " is " + state + " in the file; skipped" : null;
                if (skip != null) {
                    skipped++;
                    problems.add(new ImportReport.Row(row, PrintableText.printable(raw), "email", "skipped", skip));
                } else {
                    entries.add(new Entry(row, email, components));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", notCsv(e));
        }
        return new Parsed(entries, problems, invalid, skipped);
    }

    // The parser's own words name its internals ("EOF reached before encapsulated token finished"); say what to fix.
    private static String notCsv(Exception e) {
        var line = Pattern.compile("startline (\\d+)").matcher(String.valueOf(e.getMessage()));
        return "The file is not valid CSV" + (line.find() ? ": the quoted value that starts on line " + line.group(1)
                + " is never closed" : "; check its quotes") + ". Save it as CSV (comma-separated) and try again";
    }

    private static String column(CSVRecord record, int index) {
        return index >= 0 && index < record.size() ? record.get(index) : "";
    }
}
