package io.herald.notification.announce;

/** How soon a maintenance starts, as a reminder's status line says it: "Starts in 1 h 30 min", "Starts in 1 day". */
final class StartsIn {

    private static final int DAY = 24 * 60;

    private StartsIn() {
    }

    static String text(int minutes) {
        if (minutes >= DAY && minutes % DAY == 0) {
            int days = minutes / DAY;
            return "Starts in " + days + (days == 1 ? " day" : " days");
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        String soon = hours == 0 ? rest + " min" : rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        return "Starts in " + soon;
    }
}
