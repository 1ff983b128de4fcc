package io.herald.system.json;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * A request Herald could not read into its typed input — a JSON field of the wrong type, a field the request does
 * not have, a path id that is not a number — answered 400 with the field as the API spells it and words a person
 * can act on, never the converter's own ("Failed to convert argument [input] …", Java types, Jackson's wording).
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class RequestConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    RequestConversionErrors(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException e) {
        JsonProblem problem = JsonProblem.of(e);
        Error error = new Error() {
            @Override
            public Optional<String> getPath() {
                return problem.field();
            }

            @Override
            public String getMessage() {
                return problem.message();
            }
        };
        return processor.processResponse(ErrorContext.builder(request).error(error).build(), HttpResponse.badRequest());
    }
}
