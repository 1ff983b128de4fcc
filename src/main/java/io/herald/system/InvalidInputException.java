package io.herald.system;

/** Bad input from a person or a client: answered with 422 and the field's API name, never a 500. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
