package dev.gantry.plan.platform;

import dev.gantry.catalog.Runtimes;
import dev.gantry.diag.Problem;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.platformsh.AppSettings;
import java.util.Optional;

/**
 * The {@code type} of an application: the runtime the settings give, else the one the app's image
 * starts from ({@code php:8.3-fpm} is {@code php:8.3}). A version past its end of life is a warning
 * naming the supported ones; a version never offered is an error.
 */
final class RuntimeType {

    private final Project project;
    private final Problems problems;

    RuntimeType(Project project, Problems problems) {
        this.project = project;
        this.problems = problems;
    }

    String of(Service app, AppSettings as) {
        if (as.type().isPresent()) {
            Located<String> given = as.type().get();
            String[] parts = given.value().split(":", 2);
            Optional<Runtimes.Runtime> runtime = Runtimes.get().runtime(parts[0]);
            if (runtime.isEmpty()) {
                problems.report(Problem.PLATFORM_RUNTIME_UNKNOWN, given.at(), problems.title(), parts[0],
                        String.join(", ", Runtimes.get().names()));
                return given.value();
            }
            return offered(runtime.get(), parts[1], given, "").orElse(given.value());
        }
        Optional<Image> image = Optional.ofNullable(project.images().get(app.builtImage().orElseThrow()));
        while (image.flatMap(Image::parent).isPresent()) {
            image = Optional.ofNullable(project.images().get(image.get().parent().get()));
        }
        if (image.isEmpty() || !(image.get().from().value() instanceof ImageSource.Published published)) {
            return ""; // an image chain lint reported
        }
        Optional<Runtimes.Derived> derived = Runtimes.get().derive(published.reference());
        if (derived.isEmpty()) {
            problems.report(Problem.PLATFORM_RUNTIME_UNDECIDED, app.name().at(), problems.title(), app.id(),
                    published.reference(), String.join(", ", Runtimes.get().names()));
            return "";
        }
        return offered(derived.get().runtime(), derived.get().version(), image.get().from(),
                " (image `" + image.get().id() + "` starts from `" + published.reference() + "`)").orElse("");
    }

    private Optional<String> offered(Runtimes.Runtime runtime, String version, Located<?> at, String source) {
        Optional<String> line = runtime.line(version);
        if (line.isPresent()) {
            return line.map(l -> runtime.name() + ":" + l);
        }
        Optional<String> retired = runtime.retiredLine(version);
        if (retired.isPresent()) {
            problems.report(Problem.PLATFORM_RUNTIME_VERSION_RETIRED, at.at(), runtime.name(), version, source,
                    problems.title(), String.join(", ", runtime.versions()));
            return retired.map(l -> runtime.name() + ":" + l);
        }
        problems.report(Problem.PLATFORM_RUNTIME_VERSION, at.at(), problems.title(), runtime.name(), version, source,
                String.join(", ", runtime.versions()));
        return Optional.empty();
    }
}
