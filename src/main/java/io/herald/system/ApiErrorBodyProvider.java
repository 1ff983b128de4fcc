package io.herald.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders every JSON error (ours and Micronaut's own: malformed JSON, 404, 405, 415, validation)
 * as {@link ApiError}, with field names as the API spells them and never a stack trace.
 */
@Singleton
@Replaces(named = "io.micronaut.http.server.exceptions.response.DefaultJsonErrorResponseBodyProvider",
        bean = JsonErrorResponseBodyProvider.class)
class ApiErrorBodyProvider implements JsonErrorResponseBodyProvider<ApiError> {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    public ApiError body(ErrorContext context, HttpResponse<?> response) {
        List<ApiError.FieldError> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new ApiError.FieldError(fieldName(error.getPath().get()), error.getMessage()))
                .toList();
        String message = context.getErrors().stream().findFirst().map(Error::getMessage)
                .filter(text -> fields.isEmpty())
                .map(ApiErrorBodyProvider::plain)
                .orElse(fields.isEmpty() ? response.reason() : "The request has invalid fields");
        return new ApiError(message, fields);
    }

    // The JSON parser's own message describes its internals; a client needs to know where the body broke.
    private static String plain(String message) {
        if (!message.startsWith("Invalid JSON")) {
            return message;
        }
        var duplicate = Pattern.compile("Duplicate field '([^']*)'").matcher(message);
        if (duplicate.find()) {
            return "The field " + duplicate.group(1) + " is given twice; give each field once";
        }
        var where = Pattern.compile("line: (\\d+), column: (\\d+)").matcher(message);
        return "The request body is not valid JSON" + (where.find() ? " (line " + where.group(1) + ", column "
                + where.group(2) + ")" : "");
    }

    // A validation path such as "create.request.onlyShowIfDegraded" names the API field only_show_if_degraded.
    static String fieldName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return CAMEL.matcher(last).replaceAll("$1_$2").toLowerCase();
    }
}
