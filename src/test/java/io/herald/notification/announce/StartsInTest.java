package io.herald.notification.announce;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartsInTest {

    @Test
    void saysHowSoonInTheLargestUnitsThatAreExact() {
        assertEquals("Starts in 0 min", StartsIn.text(0));
        assertEquals("Starts in 45 min", StartsIn.text(45));
        assertEquals("Starts in 1 h", StartsIn.text(60));
        assertEquals("Starts in 1 h 30 min", StartsIn.text(90));
        assertEquals("Starts in 1 day", StartsIn.text(1440));
        assertEquals("Starts in 2 days", StartsIn.text(2880));
        assertEquals("Starts in 25 h", StartsIn.text(1500));
    }
}
