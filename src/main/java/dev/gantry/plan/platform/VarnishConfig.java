package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The VCL of a Varnish service on Platform.sh, which {@code services.yaml} takes by {@code !include}
 * from {@code .platform/}: generated from the catalog's VCL template, or copied from the user's own
 * file ({@code config.vcl}). Platform.sh writes the {@code vcl} version line, {@code vcl_init} and a
 * backend per relationship itself, so a file that has them (one written for a container) is refused.
 */
final class VarnishConfig {

    /** Lines Platform.sh forbids in a VCL it is given: it generates them from the relationships. */
    private static final Pattern GENERATED = Pattern.compile(
            "(?m)^\\s*(vcl\\s+[0-9]+\\.[0-9]+\\s*;|backend\\s+\\S+\\s*\\{|sub\\s+vcl_init\\b)");

    private VarnishConfig() {
    }

    static Optional<PlatformPlan.Vcl> of(Project project, Service varnish, Problems problems) {
        String backend = varnish.placement().inFrontOf().orElseThrow().value();
        Optional<Located<String>> own = varnish.config().located("vcl");
        if (own.isEmpty()) {
            return Optional.of(new PlatformPlan.Vcl(varnish.id(), ServiceMapper.vclFile(varnish.id()), backend,
                    Optional.empty(), ""));
        }
        Path file = project.file().toAbsolutePath().getParent().resolve(own.get().value());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.report(Problem.PLATFORM_VCL_UNREADABLE, own.get().at(), own.get().value(), varnish.id(),
                    e.getMessage());
            return Optional.empty();
        }
        if (GENERATED.matcher(text).find()) {
            problems.report(Problem.PLATFORM_VCL_GENERATED_PARTS, own.get().at(), own.get().value(), problems.title(),
                    varnish.id(), backend);
            return Optional.empty();
        }
        return Optional.of(new PlatformPlan.Vcl(varnish.id(), ServiceMapper.vclFile(varnish.id()), backend,
                Optional.of(own.get().value()), text));
    }
}
