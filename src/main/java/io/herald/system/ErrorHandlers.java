package io.herald.system;

import io.herald.system.json.JsonProblem;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.HttpHeaders;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Herald's own exceptions to 422, 404 and 409, unreadable forms to 400, oversize bodies to 413 and an unreachable
 * database to 503, in the common error shape.
 */
@Factory
class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

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

    /**
     * A request Herald could not read into its typed input — a JSON field of the wrong type, a field the request does
     * not have, a path id that is not a number: 400 naming the field, in place of Micronaut's "Failed to convert
     * argument [input] …" with Java types and Jackson's wording.
     */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    ExceptionHandler<ConversionErrorException, HttpResponse<?>> unreadable(ErrorResponseProcessor<?> processor) {
        return (request, e) -> {
            JsonProblem problem = JsonProblem.of(e);
            return respond(processor, request, HttpResponse.badRequest(), problem.field()
                    .map(field -> fieldError(field, problem.message())).orElseGet(() -> plainError(problem.message())));
        };
    }

    /**
     * Anything else. An unreachable database (or one whose schema is still being brought up to date) is not a fault
     * of the request: 503 with Retry-After, so that clients and people try again. The rest is Herald's fault: 500,
     * logged here with its cause, and answered without it.
     */
    @Singleton
    ExceptionHandler<RuntimeException, HttpResponse<?>> unexpected(ErrorResponseProcessor<?> processor,
                                                                   DatabaseSchema schema) {
        return (request, e) -> {
            if (DatabaseUnavailable.causes(e) || !schema.ready()) {
                LOG.warn("{} {} could not reach the database: {}", request.getMethod(), request.getPath(), e.toString());
                return respond(processor, request, HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "10"), plainError("The database cannot be reached right now; "
                        + "try again in a few seconds. The status page is still served meanwhile."));
            }
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
            return respond(processor, request, HttpResponse.serverError(),
                    plainError("Something went wrong on the server; the cause is in Herald's log."));
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
