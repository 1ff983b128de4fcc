package io.herald.system;

import java.util.Map;

/**
 * A refused admin form, shown again: which form of the page it was, the field its message stands beside, and what
 * was typed (so nothing has to be typed twice). Secrets are never put in {@code values}: the page would print them.
 */
public record FormError(String form, String field, String message, Map<String, String> values) {

    /** No error: templates ask it without checking for null. */
    public static final FormError NONE = new FormError("", "", "", Map.of());

    public static FormError of(String form, InvalidInputException e, Map<String, String> values) {
        return new FormError(form, e.field(), e.getMessage(), values);
    }

    public boolean shown() {
        return !message.isEmpty();
    }

    public boolean at(String form, String field) {
        return this.form.equals(form) && this.field.equals(field);
    }

    /** What was typed in that form's field when it was refused; empty otherwise. */
    public String value(String form, String name) {
        return this.form.equals(form) ? values.getOrDefault(name, "") : "";
    }
}
