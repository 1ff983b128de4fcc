package io.herald.statuspage;

import io.herald.component.ComponentStatus;
import io.herald.incident.Impact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The roll-up table of STATUSPAGE-API.md, row by row, and mixtures where the worst must win. */
class PageStatusTest {

    @ParameterizedTest(name = "{0} + incidents [{1}] -> {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "''                                              | ''             | none        | All Systems Operational",
            "OPERATIONAL,OPERATIONAL                         | ''             | none        | All Systems Operational",
            "OPERATIONAL                                     | NONE           | none        | All Systems Operational",
            "UNDER_MAINTENANCE,OPERATIONAL                   | ''             | maintenance | Service Under Maintenance",
            "DEGRADED_PERFORMANCE,UNDER_MAINTENANCE          | ''             | minor       | Partially Degraded Service",
            "OPERATIONAL                                     | MINOR          | minor       | Partially Degraded Service",
            "UNDER_MAINTENANCE                               | MINOR          | minor       | Partially Degraded Service",
            "PARTIAL_OUTAGE,DEGRADED_PERFORMANCE             | ''             | major       | Partial System Outage",
            "OPERATIONAL                                     | MAJOR,MINOR    | major       | Partial System Outage",
            "MAJOR_OUTAGE,PARTIAL_OUTAGE                     | ''             | major       | Major System Outage",
            "MAJOR_OUTAGE                                    | MAJOR          | major       | Major System Outage",
            "OPERATIONAL                                     | CRITICAL       | critical    | Major System Outage",
            "MAJOR_OUTAGE                                    | CRITICAL,MINOR | critical    | Major System Outage",
    })
    void rollsUpToTheWorstState(String components, String incidents, String indicator, String description) {
        PageStatus status = PageStatus.rollUp(
                parse(components, ComponentStatus::valueOf), parse(incidents, Impact::valueOf));
        assertEquals(indicator, status.indicator().code());
        assertEquals(description, status.description());
    }

    private static <T> List<T> parse(String csv, java.util.function.Function<String, T> valueOf) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).map(valueOf).toList();
    }
}
