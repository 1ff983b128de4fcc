package io.herald.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Herald's own exceptions to 422, 404 and 409, unreadable forms to 400 and oversize bodies to 413, in the common
 * error shape.
 */
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

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<?>> conflict(ErrorResponseProcessor<?> processor) {
        return (request, e) -> respond(processor, request, HttpResponse.status(HttpStatus.CONFLICT),
                plainError(e.getMessage()));
    }

    /** A form body with broken URL encoding, which no browser sends: the client's mistake, not a server error. */
    @Singleton
    ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> malformedForm(
            ErrorResponseProcessor<?> processor) {
        return (request, e) -> respond(processor, request, HttpResponse.badRequest(), plainError("The form could not"
                + " be read: it is not valid URL encoding (each % must be followed by two hexadecimal digits)"));
    }

    /**
     * A body over micronaut.server.max-request-size: Micronaut's own words name its internals; say what to do. Its
     * message carries the sizes as "[actual] ... [limit]".
     */
    @Singleton
    @Replaces(ContentLengthExceededHandler.class)
    ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> tooLarge(ErrorResponseProcessor<?> processor) {
        return (request, e) -> {
            Matcher sizes = Pattern.compile("\\[(\\d+)].*\\[(\\d+)]").matcher(String.valueOf(e.getMessage()));
            String message = sizes.find() ? "The request body is too large: " + sizes.group(1) + " bytes; this server"
                    + " accepts at most " + sizes.group(2) + " bytes (micronaut.server.max-request-size)"
                    : "The request body is too large for this server (micronaut.server.max-request-size)";
            return respond(processor, request, HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE),
                    plainError(message));
        };
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
