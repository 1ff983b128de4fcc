package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one check of an e-mail address, shared by the subscribe form, the admin API and the CSV import. */
public final class EmailAddresses {

    // Deliberately loose: delivery is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]{1,64}@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]{2,}$");
    static final int MAX_LENGTH = 320;

    private EmailAddresses() {
    }

    /** The address as stored (trimmed, lower case), or empty when it is not one. */
    public static Optional<String> normalize(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String address = value.strip().toLowerCase(Locale.ROOT);
        return address.length() <= MAX_LENGTH && EMAIL.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
