package dev.gantry.targets.platformsh;

import dev.gantry.model.Command;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.model.platformsh.Sizing;
import dev.gantry.plan.platform.Application;
import dev.gantry.plan.platform.Platform;
import dev.gantry.plan.platform.PlatformService;
import dev.gantry.render.Doc;
import dev.gantry.render.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects Platform.sh and Upsun share, as documents: an application and a service (routes are
 * {@link RouteDocuments}). Keys go
 * in the order Platform.sh's documentation lists them; a setting not given is left out, so that the
 * product's default applies. The two differ in little: an Upsun application has no {@code name}
 * (its key says it) and no sizes, and its mounts are {@code storage} mounts.
 */
final class PlatformDocuments {

    private static final String SAFE_WORD = "[A-Za-z0-9_./:=@%+,-]+";
    private static final Quote QUOTE = new Quote();

    private final Platform platform;

    PlatformDocuments(Platform platform) {
        this.platform = platform;
    }

    /** A command as one shell line: a shell string as written, exec-form words quoted where they need it. */
    static String shell(Command command) {
        if (command.shell()) {
            return command.args().get(0);
        }
        return String.join(" ", command.args().stream().map(a -> a.matches(SAFE_WORD) ? a : QUOTE.sh(a)).toList());
    }

    Doc.Mapping application(Application app) {
        Doc.Mapping out = new Doc.Mapping();
        app.description().ifPresent(out::comment);
        if (platform == Platform.PLATFORMSH) {
            out.text("name", app.name());
        }
        out.text("type", app.type());
        AppSettings settings = app.settings();
        Doc.Mapping source = new Doc.Mapping();
        app.root().ifPresent(root -> source.text("root", root));
        if (!settings.commands().sourceOperations().isEmpty()) {
            Doc.Mapping operations = new Doc.Mapping();
            settings.commands().sourceOperations().forEach((name, command) -> operations.put(name,
                    new Doc.Mapping().text("command", command)));
            source.put("operations", operations);
        }
        putUnlessEmpty(out, "source", source);
        settings.build().flavor().ifPresent(f -> out.put("build", new Doc.Mapping().text("flavor", f.value())));
        if (!settings.build().dependencies().isEmpty()) {
            Doc.Mapping dependencies = new Doc.Mapping();
            settings.build().dependencies().forEach(dependencies::textMap);
            out.put("dependencies", dependencies);
        }
        putUnlessEmpty(out, "runtime", new Doc.Mapping().texts("extensions", settings.runtime().extensions())
                .texts("disabled_extensions", settings.runtime().disabledExtensions()));
        variables(out, app.variables());
        out.textMap("relationships", app.relationships().declared());
        storage(out, app.storage(), settings.sizing());
        Doc.Mapping web = new Doc.Mapping();
        app.start().ifPresent(start -> web.put("commands", new Doc.Mapping().text("start", shell(start))));
        if (!settings.locations().isEmpty()) {
            Doc.Mapping locations = new Doc.Mapping();
            settings.locations().forEach((path, location) -> locations.put(path, location(location)));
            web.put("locations", locations);
        }
        putUnlessEmpty(out, "web", web);
        if (!app.workers().isEmpty()) {
            Doc.Mapping workers = new Doc.Mapping();
            app.workers().forEach((name, worker) -> workers.put(name, worker(worker)));
            out.put("workers", workers);
        }
        if (!settings.commands().crons().isEmpty()) {
            Doc.Mapping crons = new Doc.Mapping();
            settings.commands().crons().forEach((name, cron) -> crons.put(name, cron(cron)));
            out.put("crons", crons);
        }
        out.textMap("hooks", settings.commands().hooks()).textMap("additional_hosts", app.additionalHosts());
        settings.runtime().timezone().ifPresent(tz -> out.text("timezone", tz));
        return out;
    }

    private static void putUnlessEmpty(Doc.Mapping out, String key, Doc.Mapping value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }

    private static void variables(Doc.Mapping out, Application.Variables variables) {
        putUnlessEmpty(out, "variables", new Doc.Mapping().textMap("env", variables.env())
                .textMap("php", variables.php()));
    }

    /** {@code disk}, {@code size}, {@code resources} (Platform.sh only) and {@code mounts}. */
    private void storage(Doc.Mapping out, Application.Storage storage, Sizing sizing) {
        if (platform == Platform.PLATFORMSH) {
            storage.disk().ifPresent(disk -> out.put("disk", Doc.number(disk)));
            sizing.size().ifPresent(size -> out.text("size", size.value().value()));
            sizing.resources().ifPresent(r -> {
                Doc.Mapping resources = new Doc.Mapping();
                r.value().baseMemory().ifPresent(m -> resources.put("base_memory", Doc.number(m)));
                r.value().memoryRatio().ifPresent(m -> resources.put("memory_ratio", Doc.number(m)));
                out.put("resources", resources);
            });
        }
        if (!storage.mounts().isEmpty()) {
            Doc.Mapping mounts = new Doc.Mapping();
            storage.mounts().forEach((path, mount) -> mounts.put(path, mount(mount)));
            out.put("mounts", mounts);
        }
    }

    private Doc mount(Application.Mount mount) {
        Doc.Mapping out = new Doc.Mapping();
        if (platform == Platform.UPSUN) {
            out.text("source", "storage");
        } else if (mount.kind() == Application.Mount.Kind.SHARED) {
            out.text("source", "service").text("service", mount.service().orElseThrow());
        } else {
            out.text("source", "local");
        }
        return out.text("source_path", mount.sourcePath());
    }

    private Doc worker(Application.Worker worker) {
        Doc.Mapping out = new Doc.Mapping();
        worker.description().ifPresent(out::comment);
        Doc.Mapping commands = new Doc.Mapping();
        worker.preStart().ifPresent(p -> commands.text("pre_start", p));
        out.put("commands", commands.text("start", shell(worker.start())));
        worker.relationships().ifPresent(r -> out.textMap("relationships", r));
        worker.variables().ifPresent(v -> variables(out, v));
        storage(out, worker.storage().orElse(new Application.Storage(Optional.empty(), Map.of(), Optional.empty())),
                worker.sizing());
        return out;
    }

    private static Doc cron(AppSettings.Cron cron) {
        Doc.Mapping commands = new Doc.Mapping().text("start", cron.start()).text("stop", cron.stop().orElse(null));
        Doc.Mapping out = new Doc.Mapping().text("spec", cron.spec().value()).put("commands", commands);
        cron.shutdownTimeout().ifPresent(t -> out.put("shutdown_timeout", Doc.number(t)));
        return out;
    }

    private static Doc location(AppSettings.Location location) {
        Doc.Mapping out = new Doc.Mapping().text("root", location.root());
        scalar(out, "passthru", location.passthru());
        scalar(out, "expires", location.expires());
        scalar(out, "allow", location.allow());
        scalar(out, "scripts", location.scripts());
        out.texts("index", location.index()).textMap("headers", location.headers());
        if (!location.rules().isEmpty()) {
            Doc.Mapping rules = new Doc.Mapping();
            location.rules().forEach((pattern, rule) -> {
                Doc.Mapping r = new Doc.Mapping();
                scalar(r, "allow", rule.allow());
                scalar(r, "expires", rule.expires());
                r.text("passthru", rule.passthru());
                scalar(r, "scripts", rule.scripts());
                rules.put(pattern, r.textMap("headers", rule.headers()));
            });
            out.put("rules", rules);
        }
        return out;
    }

    /** A value as YAML typed it in environment.yaml: booleans and numbers bare, strings quoted; null is left out. */
    static void scalar(Doc.Mapping out, String key, Object value) {
        if (value instanceof Boolean flag) {
            out.put(key, Doc.flag(flag));
        } else if (value instanceof Number number) {
            out.put(key, Doc.number(number.longValue()));
        } else if (value != null) {
            out.put(key, new Doc.Text(value.toString()));
        }
    }

    /** The services by name, a blank line between them. */
    Doc.Mapping services(List<PlatformService> services) {
        Doc.Mapping out = new Doc.Mapping().spaced();
        for (PlatformService service : services) {
            Doc.Mapping s = new Doc.Mapping();
            service.description().ifPresent(s::comment);
            s.text("type", service.type());
            if (platform == Platform.PLATFORMSH) {
                service.disk().ifPresent(disk -> s.put("disk", Doc.number(disk)));
            }
            s.textMap("relationships", service.relationships());
            putUnlessEmpty(s, "configuration", configuration(service.configuration()));
            out.put(service.name(), s);
        }
        return out;
    }

    private static Doc.Mapping configuration(PlatformService.Configuration given) {
        Doc.Mapping out = new Doc.Mapping();
        given.databases().ifPresent(d -> databases(out, d));
        given.include().ifPresent(include -> out.put(include.key(), new Doc.Tagged("!include",
                new Doc.Mapping().text("type", "string").text("path", include.path()))));
        given.maxmemoryPolicy().ifPresent(p -> out.text("maxmemory_policy", p));
        if (!given.configsets().isEmpty()) {
            Doc.Mapping configsets = new Doc.Mapping();
            given.configsets().forEach((name, path) -> configsets.put(name, archive(path)));
            out.put("configsets", configsets);
        }
        if (!given.cores().isEmpty()) {
            Doc.Mapping cores = new Doc.Mapping();
            given.cores().forEach((name, core) -> {
                Doc.Mapping c = new Doc.Mapping();
                core.confDir().ifPresent(dir -> c.put("conf_dir", archive(dir)));
                if (!core.properties().isEmpty()) {
                    StringBuilder lines = new StringBuilder();
                    core.properties().forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
                    c.text("core_properties", lines.toString());
                }
                cores.put(name, c);
            });
            out.put("cores", cores);
        }
        if (!given.endpoints().isEmpty()) {
            Doc.Mapping endpoints = new Doc.Mapping();
            given.endpoints().forEach((name, core) -> endpoints.put(name, new Doc.Mapping().text("core", core)));
            out.put("endpoints", endpoints);
        }
        return out;
    }

    static Doc texts(List<String> values) {
        return new Doc.Sequence(values.stream().<Doc>map(Doc.Text::new).toList());
    }

    private static Doc archive(String path) {
        return new Doc.Tagged("!archive", new Doc.Text(path));
    }

    private static void databases(Doc.Mapping configuration, PlatformService.Databases databases) {
        configuration.texts(databases.listKey(), databases.names());
        Doc.Mapping endpoints = new Doc.Mapping();
        databases.endpoints().forEach((name, endpoint) -> endpoints.put(name, new Doc.Mapping()
                .text(databases.defaultKey(), endpoint.defaultDatabase())
                .textMap("privileges", endpoint.privileges())));
        configuration.put("endpoints", endpoints);
    }
}
