package io.herald.subscriber;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvComponentsTest {

    private final CsvComponents known = new CsvComponents(Map.of(3L, "REST API", 4L, "Website", 7L, "Queue", 8L, "queue"));

    @Test
    void namesAsThePageShowsThemInAnyCaseAndIds() {
        assertEquals(List.of(3L), known.read(2, "REST API"));
        assertEquals(List.of(3L, 4L), known.read(2, "rest api; Website"));
        assertEquals(List.of(4L, 3L), known.read(2, "4|3"));
        assertEquals(List.of(3L, 4L), known.read(2, "3 4"));
        assertEquals(List.of(4L), known.read(2, "Website;4"), "once each");
        assertEquals(List.of(), known.read(2, " "));
    }

    @Test
    void whatNamesNothingSaysWhatToGive() {
        assertEquals("row 5: no component is named 'Payments'; give its name as the page shows it, or its id",
                assertThrows(IllegalArgumentException.class, () -> known.read(5, "Payments")).getMessage());
        assertEquals("row 5: component 99 does not exist",
                assertThrows(IllegalArgumentException.class, () -> known.read(5, "99")).getMessage());
        assertEquals("row 5: several components are named 'Queue'; give the id of the one you mean (7, 8)",
                assertThrows(IllegalArgumentException.class, () -> known.read(5, "Queue")).getMessage());
    }
}
