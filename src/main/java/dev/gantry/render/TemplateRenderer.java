package dev.gantry.render;

import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactPlan;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Renders artifact plans with FreeMarker, configured so that the same data gives the same bytes on
 * every machine: root locale, UTC, computer number format, errors rethrown (never written into the
 * output), square-bracket syntax so that {@code ${VAR}} passes through to shell and compose files.
 */
public final class TemplateRenderer {

    static {
        // Gantry rethrows every template error; without this, FreeMarker's first logger searches the
        // class path for five logging libraries on every start.
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration configuration;
    private final Optional<Path> overrides;

    /** The configuration for the built-in templates, made once: parsed templates stay in its cache. */
    private static final class BuiltIn {
        static final Configuration CONFIGURATION = configuration(builtInLoader());
    }

    public TemplateRenderer(Optional<Path> overrideFolder) {
        this.overrides = overrideFolder.filter(Files::isDirectory);
        configuration = overrides.isEmpty() ? BuiltIn.CONFIGURATION : configuration(loader(overrides.get()));
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("c");
        configuration.setBooleanFormat("c");
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setLocalizedLookup(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setObjectWrapper(new ModelWrapper());
        configuration.setTemplateLoader(loader);
        return configuration;
    }

    private static TemplateLoader builtInLoader() {
        return new ClassTemplateLoader(TemplateRenderer.class.getClassLoader(), "templates");
    }

    private static TemplateLoader loader(Path overrides) {
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()),
                builtInLoader()});
        } catch (IOException e) {
            return builtInLoader();
        }
    }

    public Artifact render(ArtifactPlan plan) throws RenderException {
        boolean userTemplate = isOverridden(plan.template());
        try {
            Template template = configuration.getTemplate(plan.template());
            Map<String, Object> data = new HashMap<>(plan.data());
            data.put("q", new Quote());
            StringWriter out = new StringWriter();
            template.process(data, out);
            return new Artifact(plan.path(), normalize(out.toString()), plan.format(), plan.raw().keys());
        } catch (TemplateException e) {
            throw new RenderException(e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": " + e.getMessageWithoutStackTop() + " (while rendering " + plan.path() + " for "
                    + plan.context() + ")", userTemplate, e);
        } catch (IOException e) {
            throw new RenderException("template " + plan.template() + " could not be read: " + e.getMessage()
                    + " (while rendering " + plan.path() + " for " + plan.context() + ")", userTemplate, e);
        }
    }

    private boolean isOverridden(String template) {
        return overrides.map(dir -> Files.isRegularFile(dir.resolve(template))).orElse(false);
    }

    /** LF line ends, no trailing blank lines, one final newline. */
    static String normalize(String text) {
        String lf = text.replace("\r\n", "\n");
        int end = lf.length();
        while (end > 0 && (lf.charAt(end - 1) == '\n' || lf.charAt(end - 1) == ' ')) {
            end--;
        }
        return lf.substring(0, end) + "\n";
    }
}
