package dev.gantry.plan.platform;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.model.platformsh.Sizing;
import java.util.Map;

/**
 * What Upsun's configuration cannot carry of Platform.sh's settings, each reported at its line:
 * Upsun sizes containers and disks with {@code upsun resources:set}, outside {@code .upsun/config.yaml}.
 */
final class UpsunLimits {

    private final Problems problems;

    UpsunLimits(Problems problems) {
        this.problems = problems;
    }

    void report(Environment env, PlatformshSettings settings, Map<String, Placement> placements) {
        settings.storage().diskMiB().ifPresent(d -> notCarried(d.at(), "`platformsh.storage_disk`"));
        settings.applicationsFile().filter(Located::value).ifPresent(f -> problems.report(
                Problem.UPSUN_APPLICATIONS_FILE, f.at()));
        settings.apps().forEach((name, app) -> {
            sizing(app.sizing(), "application `" + name + "`");
            app.workers().forEach((worker, w) -> sizing(w.sizing(), "worker `" + worker + "`"));
        });
        for (Service service : env.services().values()) {
            if (placements.get(service.id()).role() == Placement.Role.SERVICE) {
                service.config().get("disk").ifPresent(d -> notCarried(d.at(), "`config.disk` of service `"
                        + service.id() + "`"));
            }
        }
    }

    private void sizing(Sizing sizing, String what) {
        sizing.diskMiB().ifPresent(d -> notCarried(d.at(), "`disk` of " + what));
        sizing.size().ifPresent(s -> notCarried(s.at(), "`size` of " + what));
        sizing.resources().ifPresent(r -> notCarried(r.at(), "`resources` of " + what));
    }

    private void notCarried(Position at, String what) {
        problems.report(Problem.UPSUN_SIZING, at, what);
    }
}
