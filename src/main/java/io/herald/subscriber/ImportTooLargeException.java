package io.herald.subscriber;

/** A CSV import over the configured limits: answered 413, nothing imported. */
public class ImportTooLargeException extends RuntimeException {

    public ImportTooLargeException(String message) {
        super(message);
    }
}
