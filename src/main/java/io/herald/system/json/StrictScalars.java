package io.herald.system.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * JSON values are read as exactly what they are. Micronaut Serde, like Jackson, coerces by default: "yes" became
 * false for a boolean (an intended drill became a real public incident), 5 became "5", ["x"] became "x", 1.9 became
 * 1, true became 1 and [["1"]] became ["1"]. Each reader here takes a value only in its own JSON type and otherwise
 * fails saying what it must be; Serde adds the field, and {@link JsonProblem} puts both in the answer.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    /** Reads any JSON value, then keeps it only if {@code accept} maps it to a result (null: the wrong type). */
    abstract static class Strict<T> implements Deserializer<T> {

        private final String mustBe;
        private final Function<Object, T> accept;

        Strict(String mustBe, Function<Object, T> accept) {
            this.mustBe = mustBe;
            this.accept = accept;
        }

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            T result = accept.apply(value);
            if (result == null) {
                throw new InvalidFormatException(mustBe, null, value);
            }
            return result;
        }

        @Override
        public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }
    }

    @Singleton
    static final class Text extends Strict<String> {
        Text() {
            super("must be text (in double quotes)", value -> value instanceof String text ? text : null);
        }
    }

    @Singleton
    static final class Flag extends Strict<Boolean> {
        Flag() {
            super("must be true or false (without quotes)", value -> value instanceof Boolean flag ? flag : null);
        }
    }

    @Singleton
    static final class WholeNumber extends Strict<Integer> {
        WholeNumber() {
            super("must be a whole number (without quotes)", value -> isInt(value) ? ((Number) value).intValue() : null);
        }
    }

    /** Serde reads a list's items without asking the readers above, so lists have their own. */
    @Singleton
    static final class TextList extends Strict<List<String>> {
        TextList() {
            super("must be a list of text values, e.g. [\"1\", \"2\"]", value -> value instanceof List<?> items
                    && items.stream().allMatch(String.class::isInstance)
                    ? items.stream().map(String.class::cast).toList() : null);
        }
    }

    @Singleton
    static final class WholeNumberList extends Strict<List<Integer>> {
        WholeNumberList() {
            super("must be a list of whole numbers, e.g. [60, 1440]", value -> value instanceof List<?> items
                    && items.stream().allMatch(StrictScalars::isInt)
                    ? items.stream().map(item -> ((Number) item).intValue()).toList() : null);
        }
    }

    private static boolean isInt(Object value) {
        return (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == ((Number) value).intValue();
    }
}
