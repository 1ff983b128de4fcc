package io.herald.system;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The one JSON error shape of every API answer that is not a success. */
@Serdeable
public record ApiError(String message, List<FieldError> errors) {

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
