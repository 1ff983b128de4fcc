package io.herald.statuspage;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import gg.jte.resolve.ResourceCodeResolver;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The active theme. The default theme is compiled into the jar; a theme folder (HERALD_THEME) overrides
 * only the files it has — templates under {@code templates/}, static files under {@code assets/} — and
 * falls back to the default theme for the rest. Such a theme is compiled at start-up (needs a JDK).
 */
@Singleton
public class ThemeTemplates {

    static final String DEFAULT_THEME = "themes/default";
    private static final Logger LOG = LoggerFactory.getLogger(ThemeTemplates.class);

    private final TemplateEngine engine;
    private final Optional<Path> themeDir;

    ThemeTemplates(@Value("${herald.theme:}") String theme) {
        if (theme.isBlank()) {
            this.themeDir = Optional.empty();
            this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, getClass().getClassLoader(),
                    "io.herald.generated.theme");
        } else {
            Path dir = Path.of(theme).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("HERALD_THEME " + dir + " is not a folder");
            }
            LOG.info("Using the theme in {}", dir);
            this.themeDir = Optional.of(dir);
            this.engine = TemplateEngine.create(new FallbackCodeResolver(dir.resolve("templates")), compileDir(),
                    ContentType.Html, getClass().getClassLoader(), "io.herald.generated.customtheme");
        }
    }

    /** For templates with several parameters, given by name. */
    public String render(String template, java.util.Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    /** For templates with one parameter. */
    public String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

    /** A static file of the theme (CSS, images), or of the default theme when the theme lacks it. */
    public Optional<byte[]> asset(String name) {
        if (name.contains("..")) {
            return Optional.empty();
        }
        Optional<Path> own = themeDir.map(dir -> dir.resolve("assets").resolve(name)).filter(Files::isRegularFile);
        try {
            if (own.isPresent()) {
                return Optional.of(Files.readAllBytes(own.get()));
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DEFAULT_THEME + "/assets/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compileDir() {
        try {
            Path dir = Files.createTempDirectory("herald-theme-classes");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "theme-classes-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    private static final class FallbackCodeResolver implements CodeResolver {
        private final CodeResolver theme;
        private final CodeResolver fallback = new ResourceCodeResolver(DEFAULT_THEME + "/templates",
                ThemeTemplates.class.getClassLoader());
        private final Path themeRoot;

        FallbackCodeResolver(Path themeRoot) {
            this.themeRoot = themeRoot;
            this.theme = new DirectoryCodeResolver(themeRoot);
        }

        @Override
        public String resolve(String name) {
            return ownsTemplate(name) ? theme.resolve(name) : fallback.resolve(name);
        }

        @Override
        public long getLastModified(String name) {
            return ownsTemplate(name) ? theme.getLastModified(name) : 0L;
        }

        @Override
        public boolean exists(String name) {
            return ownsTemplate(name) || fallback.exists(name);
        }

        private boolean ownsTemplate(String name) {
            return Files.isRegularFile(themeRoot.resolve(name));
        }
    }
}
