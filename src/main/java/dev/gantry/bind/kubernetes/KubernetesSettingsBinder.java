package dev.gantry.bind.kubernetes;

import dev.gantry.bind.Fields;
import dev.gantry.bind.SettingsBlocks;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import dev.gantry.model.kubernetes.KubernetesSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Binds {@code environments.<env>.kubernetes}. */
public final class KubernetesSettingsBinder {

    private KubernetesSettingsBinder() {
    }

    public static KubernetesSettings environment(SettingsBlocks.Context context, Optional<YMap> block) {
        YMap m = block.orElse(new YMap(Map.of(), context.targetAt()));
        String project = context.project();
        Optional<KubernetesSettings.Ingress> ingress = Fields.optionalMap(m, "ingress").map(i ->
                new KubernetesSettings.Ingress(i.position(), Fields.string(i, "host"), Fields.string(i, "class"),
                        Fields.string(i, "tls_secret"), Fields.located(i, "service")));
        return new KubernetesSettings(m.position(),
                Fields.string(m, "namespace").orElse(project + "-" + context.environment().value()),
                Fields.located(m, "tag"), Fields.string(m, "secret").orElse(project + "-secrets"),
                Fields.string(m, "image_pull_secret"), Fields.string(m, "storage_class"),
                Fields.located(m, "pod_security").map(level -> new Located<>(
                        KubernetesSettings.PodSecurity.valueOf(level.value().toUpperCase(Locale.ROOT)), level.at())),
                ingress);
    }
}
