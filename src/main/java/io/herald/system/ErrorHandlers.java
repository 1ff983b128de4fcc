package io.herald.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Maps Herald's own exceptions to 422 and 404 in the common error shape. */
@Factory
class ErrorHandlers {

    @Singleton
    ExceptionHandler<InvalidInputException, HttpResponse<?>> invalidInput(ErrorResponseProcessor<?> processor) {
        return (request, e) -> respond(processor, request, HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY),
                fieldError(e.field(), e.getMessage()));
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<?>> notFound(ErrorResponseProcessor<?> processor) {
        return (request, e) -> respond(processor, request, HttpResponse.notFound(), plainError(e.getMessage()));
    }

    private static HttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                           MutableHttpResponse<?> response, Error error) {
        return processor.processResponse(ErrorContext.builder(request).error(error).build(), response);
    }

    private static Error fieldError(String field, String message) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field);
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
    }

    private static Error plainError(String message) {
        return () -> message;
    }
}
