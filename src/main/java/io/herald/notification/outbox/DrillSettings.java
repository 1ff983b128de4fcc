package io.herald.notification.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The drill audience, HERALD_DRILL_EMAILS (herald.drill.emails): comma-separated addresses that receive every
 * message of a drill. Checked at start-up ({@link Context}), so a typo stops Herald with the bad address named
 * rather than silently losing the drill's mail.
 */
@Context
class DrillSettings {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,<>]{1,64}@[^@\\s,<>]+\\.[^@\\s,<>]{2,}$");

    private final List<String> emails;

    DrillSettings(@Value("${herald.drill.emails:}") String emails) {
        this.emails = parse(emails);
    }

    static List<String> parse(String setting) {
        List<String> addresses = Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String address : addresses) {
            if (!EMAIL.matcher(address).matches()) {
                throw new ConfigurationException("HERALD_DRILL_EMAILS (herald.drill.emails): '" + address
                        + "' is not an e-mail address; give addresses separated by commas");
            }
        }
        return addresses;
    }

    List<String> emails() {
        return emails;
    }
}
