package dev.gantry.bind.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import dev.gantry.model.platformsh.ServiceConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binds {@code services.<name>.platformsh}, the configuration of a catalog service on Platform.sh and Upsun. */
public final class ServiceConfigurationBinder {

    private ServiceConfigurationBinder() {
    }

    public static ServiceConfiguration bind(Optional<YMap> block, Position serviceAt) {
        if (block.isEmpty()) {
            return ServiceConfiguration.NONE;
        }
        YMap m = block.get();
        Map<String, Located<ServiceConfiguration.Core>> cores = new LinkedHashMap<>();
        Fields.map(m, "cores").entries().forEach((name, e) -> {
            YMap core = (YMap) e.value();
            cores.put(name, new Located<>(new ServiceConfiguration.Core(Fields.located(core, "conf_dir"),
                    PlatformshSettingsBinder.texts(Fields.map(core, "core_properties"))), e.keyPosition()));
        });
        Map<String, Located<String>> endpoints = new LinkedHashMap<>();
        Fields.map(m, "endpoints").entries().forEach((name, e) -> endpoints.put(name,
                Fields.located((YMap) e.value(), "core").orElseThrow()));
        return new ServiceConfiguration(m.position(), Fields.located(m, "maxmemory_policy"),
                Fields.scalarMap(m, "configsets"), cores, endpoints);
    }
}
