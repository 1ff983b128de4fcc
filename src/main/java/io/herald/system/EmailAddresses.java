package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one check of an e-mail address: subscribe form, admin API, CSV import, stakeholder members. */
public final class EmailAddresses {

    // Deliberately loose (delivery is the real test of an address), but never a control character: an address with
    // one can only fail every attempt to send to it.
    private static final Pattern EMAIL = Pattern.compile(
            "^[^@\\s,;<>\"\\p{Cntrl}]{1,64}@[^@\\s,;<>\"\\p{Cntrl}]+\\.[^@\\s,;<>\"\\p{Cntrl}]{2,}$");
    public static final int MAX_LENGTH = 320;

    private EmailAddresses() {
    }

    /** The address as stored (trimmed, lower case), or empty when it is not one. */
    public static Optional<String> normalize(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String address = value.strip().toLowerCase(Locale.ROOT);
        return address.length() <= MAX_LENGTH && EMAIL.matcher(address).matches()
                && PrintableText.firstUnprintable(address).isEmpty() ? Optional.of(address) : Optional.empty();
    }

    /** The address as stored, or a clear error on {@code field}. */
    public static String checked(String field, @Nullable String value) {
        return normalize(value).orElseThrow(() -> new InvalidInputException(field, PrintableText.quoted(value) + " is not an e-mail address"));
    }

}
