package dev.gantry.bind;

import dev.gantry.bind.ecs.EcsSettingsBinder;
import dev.gantry.bind.kubernetes.KubernetesSettingsBinder;
import dev.gantry.bind.machine.MachineSettingsBinder;
import dev.gantry.bind.pipelines.PipelineSettingsBinder;
import dev.gantry.bind.platformsh.PlatformshSettingsBinder;
import dev.gantry.bind.platformsh.ServiceConfigurationBinder;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import dev.gantry.model.compose.ComposeSettings;
import dev.gantry.model.dockerfile.DockerfileSettings;
import dev.gantry.model.dump.DumpSettings;
import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.model.kubernetes.KubernetesSettings;
import dev.gantry.model.machine.MachineSettings;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.model.platformsh.ServiceConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * Every settings block of environment.yaml: its key, the target it configures, and the binder that
 * turns it into typed settings. The one place that says so; a new target's settings are a new
 * entry here, a binder, and a component of the settings record that holds them.
 */
public final class SettingsBlocks {

    /** What an environment-level binder knows of where the block stands. */
    public record Context(String project, Located<String> environment, Position targetAt, Diagnostics diagnostics) {
    }

    /** Binds an environment's block, which may be absent; empty when it cannot (after reporting why). */
    @FunctionalInterface
    public interface Binder<T> {
        Optional<T> bind(Context context, Optional<YMap> block);
    }

    /**
     * A block under {@code environments.<env>}, configuring {@code targets} (none: read whatever the
     * environment's targets). Bound when the environment uses one of them, or always when there are none.
     */
    public record EnvironmentBlock<T>(String key, List<String> targets, Binder<T> binder) {

        public Optional<T> bind(Context context, Optional<YMap> block, boolean used) {
            return used || targets.isEmpty() ? binder.bind(context, block) : Optional.empty();
        }
    }

    public static final EnvironmentBlock<ComposeSettings> COMPOSE = new EnvironmentBlock<>("compose",
            List.of("compose"), (c, block) -> Optional.of(new ComposeSettings(
                    block.flatMap(m -> Fields.string(m, "project_name"))
                            .orElse(c.project() + "-" + c.environment().value()),
                    block.flatMap(m -> Fields.optionalFlag(m, "mount_source")).orElse(true),
                    block.flatMap(m -> Fields.optionalFlag(m, "build")))));

    public static final EnvironmentBlock<EcsSettings> ECS = new EnvironmentBlock<>("ecs", List.of("ecs"),
            (c, block) -> Optional.of(EcsSettingsBinder.environment(c, block)));

    /** Read by the Platform.sh target and by its successor's, Upsun's: one word moves a project between them. */
    public static final EnvironmentBlock<PlatformshSettings> PLATFORMSH = new EnvironmentBlock<>("platformsh",
            List.of("platformsh", "upsun"), (c, block) -> Optional.of(PlatformshSettingsBinder.bind(c, block)));

    public static final EnvironmentBlock<MachineSettings> MACHINE = new EnvironmentBlock<>("machine",
            List.of("docker-machine"), (c, block) -> MachineSettingsBinder.bind(c.project(), c.environment(),
                    block, c.targetAt(), c.diagnostics()));

    public static final EnvironmentBlock<EnvironmentPipelineSettings> PIPELINES = new EnvironmentBlock<>("pipelines",
            List.of("pipelines"), (c, block) -> Optional.of(PipelineSettingsBinder.environment(c, block)));

    public static final EnvironmentBlock<KubernetesSettings> KUBERNETES = new EnvironmentBlock<>("kubernetes",
            List.of("kubernetes"), (c, block) -> Optional.of(KubernetesSettingsBinder.environment(c, block)));

    /** Read by the project-wide dump-prod script whatever the environment's targets. */
    public static final EnvironmentBlock<DumpSettings> DUMP = new EnvironmentBlock<>("dump", List.of(),
            (c, block) -> Optional.of(new DumpSettings(block.flatMap(m -> Fields.string(m, "sanitize")))));

    public static final List<EnvironmentBlock<?>> ENVIRONMENT = List.of(COMPOSE, ECS, PLATFORMSH, MACHINE, PIPELINES,
            DUMP, KUBERNETES);

    /** A block under {@code services.<name>}, configuring {@code target} for that service. */
    public record ServiceBlock<T>(String key, String target, java.util.function.BiFunction<Optional<YMap>, Position, T>
            binder) {

        public T bind(Optional<YMap> block, Position serviceAt) {
            return binder.apply(block, serviceAt);
        }
    }

    public static final ServiceBlock<EcsServiceSettings> ECS_SERVICE = new ServiceBlock<>("ecs", "ecs",
            EcsSettingsBinder::service);

    public static final ServiceBlock<ServiceConfiguration> PLATFORMSH_SERVICE = new ServiceBlock<>("platformsh",
            "platformsh", ServiceConfigurationBinder::bind);

    public static final List<ServiceBlock<?>> SERVICE = List.of(ECS_SERVICE, PLATFORMSH_SERVICE);

    /** A top-level block configuring a project-wide target. */
    public record ProjectBlock<T>(String key, String target, java.util.function.Function<YMap, T> binder) {

        public Optional<T> bind(Optional<YMap> block) {
            return block.map(binder);
        }
    }

    public static final ProjectBlock<PipelineSettings> PROJECT_PIPELINES = new ProjectBlock<>("pipelines",
            "pipelines", PipelineSettingsBinder::project);

    public static final ProjectBlock<DockerfileSettings> PROJECT_DOCKERFILE = new ProjectBlock<>("dockerfile",
            "dockerfile", block -> new DockerfileSettings(Fields.string(block, "stage_files")
                    .map(v -> DockerfileSettings.StageFiles.valueOf(v.toUpperCase(java.util.Locale.ROOT)))
                    .orElse(DockerfileSettings.StageFiles.COMMIT)));

    public static final List<ProjectBlock<?>> PROJECT = List.of(PROJECT_PIPELINES, PROJECT_DOCKERFILE);

    private SettingsBlocks() {
    }
}
