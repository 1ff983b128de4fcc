package io.herald.stakeholder;

import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a member's address; the same rule as a public subscriber's. */
final class Emails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Emails() {
    }

    static String checked(String field, @Nullable String value) {
        String address = value == null ? "" : value.strip();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException(field, "'" + value + "' is not an e-mail address");
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
