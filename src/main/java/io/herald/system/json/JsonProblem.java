package io.herald.system.json;

import io.herald.system.PrintableText;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was wrong with a request's input, in the API's words: the field (if one is to blame) and why. Fields are given
 * as Java names (updateIntervalMinutes); the error body spells them as the API does, as for every other error.
 */
public record JsonProblem(Optional<String> field, String message) {

    private static final Pattern UNKNOWN = Pattern.compile("Unknown property \\[([^\\]]*)]");

    public static JsonProblem of(ConversionErrorException e) {
        Optional<SerdeException> serde = cause(e, SerdeException.class);
        if (serde.isEmpty()) {
            return ofArgument(e);
        }
        Matcher unknown = UNKNOWN.matcher(messages(e));
        if (unknown.find()) {
            return new JsonProblem(Optional.of(unknown.group(1)), "'" + unknown.group(1) + "' is not a field of this "
                    + "request; see the API description at /openapi/herald-admin-api-1.yml");
        }
        List<ReferencePath> path = serde.get().getPath();
        if (path.isEmpty()) {
            return new JsonProblem(Optional.empty(), "The request body must be a JSON object with the request's fields");
        }
        // Serde wraps our own words ("must be true or false") in its own: keep only ours.
        String why = cause(e, InvalidFormatException.class).map(Throwable::getMessage)
                .map(m -> m.substring(m.lastIndexOf("due to: ") < 0 ? 0 : m.lastIndexOf("due to: ") + 8))
                .filter(m -> m.startsWith("must be")).orElse("has the wrong type for this field");
        return new JsonProblem(Optional.of(fieldName(path)), why);
    }

    // A path or query value: "abc" for the id in /incidents/abc.
    private static JsonProblem ofArgument(ConversionErrorException e) {
        Argument<?> argument = e.getArgument();
        String shown = PrintableText.quoted(String.valueOf(e.getConversionError().getOriginalValue().orElse("")));
        Class<?> type = argument.getType();
        boolean number = Number.class.isAssignableFrom(type) || type == long.class || type == int.class;
        String what = !number ? "a valid value" : argument.getName().toLowerCase().endsWith("id") ? "an id" : "a number";
        return new JsonProblem(Optional.of(argument.getName()), shown + " is not " + what);
    }

    static String fieldName(List<ReferencePath> path) {
        StringBuilder name = new StringBuilder();
        for (ReferencePath step : path) {
            if (step instanceof PropertyReferencePath property) {
                name.append(name.isEmpty() ? "" : ".").append(property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                name.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                name.append('[').append(entry.key()).append(']');
            }
        }
        return name.toString();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
