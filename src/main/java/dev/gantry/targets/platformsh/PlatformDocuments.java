package dev.gantry.targets.platformsh;

import dev.gantry.model.Command;
import dev.gantry.plan.platform.Application;
import dev.gantry.plan.platform.PlatformService;
import dev.gantry.plan.platform.Route;
import dev.gantry.render.Quote;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.render.Doc;
import java.util.List;

/**
 * The content of the Platform.sh files as documents: an application, the services and the routes.
 * Keys go in the order Platform.sh's documentation lists them; a setting not given is left out, so
 * that Platform.sh's default applies.
 */
final class PlatformDocuments {

    private static final String SAFE_WORD = "[A-Za-z0-9_./:=@%+,-]+";
    private static final Quote QUOTE = new Quote();

    private PlatformDocuments() {
    }

    /** A command as one shell line: a shell string as written, exec-form words quoted where they need it. */
    static String shell(Command command) {
        if (command.shell()) {
            return command.args().get(0);
        }
        return String.join(" ", command.args().stream().map(a -> a.matches(SAFE_WORD) ? a : QUOTE.sh(a)).toList());
    }

    static Doc.Mapping application(Application app) {
        Doc.Mapping out = new Doc.Mapping();
        app.description().ifPresent(out::comment);
        out.text("name", app.name()).text("type", app.type());
        app.root().ifPresent(root -> out.put("source", new Doc.Mapping().text("root", root)));
        AppSettings settings = app.settings();
        settings.build().flavor().ifPresent(f -> out.put("build", new Doc.Mapping().text("flavor", f.value())));
        if (!settings.build().dependencies().isEmpty()) {
            Doc.Mapping dependencies = new Doc.Mapping();
            settings.build().dependencies().forEach(dependencies::textMap);
            out.put("dependencies", dependencies);
        }
        Doc.Mapping runtime = new Doc.Mapping().texts("extensions", settings.runtime().extensions())
                .texts("disabled_extensions", settings.runtime().disabledExtensions());
        putUnlessEmpty(out, "runtime", runtime);
        variables(out, app.variables());
        out.textMap("relationships", app.relationships().declared());
        app.storage().disk().ifPresent(disk -> out.put("disk", Doc.number(disk)));
        if (!app.storage().mounts().isEmpty()) {
            Doc.Mapping mounts = new Doc.Mapping();
            app.storage().mounts().forEach((path, mount) -> mounts.put(path, mount(mount)));
            out.put("mounts", mounts);
        }
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
        if (!settings.crons().isEmpty()) {
            Doc.Mapping crons = new Doc.Mapping();
            settings.crons().forEach((name, cron) -> crons.put(name, cron(cron)));
            out.put("crons", crons);
        }
        out.textMap("hooks", settings.hooks()).textMap("additional_hosts", app.additionalHosts());
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

    private static Doc mount(Application.Mount mount) {
        Doc.Mapping out = new Doc.Mapping().text("source", mount.source());
        mount.service().ifPresent(service -> out.text("service", service));
        return out.text("source_path", mount.sourcePath());
    }

    private static Doc worker(Application.Worker worker) {
        Doc.Mapping out = new Doc.Mapping();
        worker.description().ifPresent(out::comment);
        out.put("commands", new Doc.Mapping().text("start", shell(worker.start())));
        worker.relationships().ifPresent(r -> out.textMap("relationships", r));
        worker.variables().ifPresent(v -> variables(out, v));
        return out;
    }

    private static Doc cron(AppSettings.Cron cron) {
        Doc.Mapping commands = new Doc.Mapping().text("start", cron.start()).text("stop", cron.stop());
        Doc.Mapping out = new Doc.Mapping().text("spec", cron.spec()).put("commands", commands);
        if (cron.shutdownTimeout() != null) {
            out.put("shutdown_timeout", Doc.number(cron.shutdownTimeout()));
        }
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
    private static void scalar(Doc.Mapping out, String key, Object value) {
        if (value instanceof Boolean flag) {
            out.put(key, Doc.flag(flag));
        } else if (value instanceof Number number) {
            out.put(key, Doc.number(number.longValue()));
        } else if (value != null) {
            out.put(key, new Doc.Text(value.toString()));
        }
    }

    /** {@code services.yaml}: each service by name, a blank line between them. */
    static Doc.Mapping services(List<PlatformService> services) {
        Doc.Mapping out = new Doc.Mapping().spaced();
        for (PlatformService service : services) {
            Doc.Mapping s = new Doc.Mapping();
            service.description().ifPresent(s::comment);
            s.text("type", service.type());
            service.disk().ifPresent(disk -> s.put("disk", Doc.number(disk)));
            s.textMap("relationships", service.relationships());
            Doc.Mapping configuration = new Doc.Mapping();
            service.databases().ifPresent(d -> databases(configuration, d));
            service.include().ifPresent(include -> configuration.put(include.key(), new Doc.Tagged("!include",
                    new Doc.Mapping().text("type", "string").text("path", include.path()))));
            putUnlessEmpty(s, "configuration", configuration);
            out.put(service.name(), s);
        }
        return out;
    }

    private static void databases(Doc.Mapping configuration, PlatformService.Databases databases) {
        configuration.texts(databases.listKey(), databases.names());
        Doc.Mapping endpoints = new Doc.Mapping();
        databases.endpoints().forEach((name, endpoint) -> endpoints.put(name, new Doc.Mapping()
                .text(databases.defaultKey(), endpoint.defaultDatabase())
                .textMap("privileges", endpoint.privileges())));
        configuration.put("endpoints", endpoints);
    }

    /** {@code routes.yaml}: each route by URL, a blank line between them. */
    static Doc.Mapping routes(List<Route> routes) {
        Doc.Mapping out = new Doc.Mapping().spaced();
        for (Route route : routes) {
            Doc.Mapping r = new Doc.Mapping().text("type", route.type());
            if (route.primary()) {
                r.put("primary", Doc.flag(true));
            }
            r.text("upstream", route.upstream()).text("to", route.to());
            if (route.cache() != null) {
                Route.Cache cache = route.cache();
                Doc.Mapping c = new Doc.Mapping().put("enabled", Doc.flag(cache.enabled()));
                if (cache.defaultTtl() != null) {
                    c.put("default_ttl", Doc.number(cache.defaultTtl()));
                }
                if (cache.cookies() != null) {
                    c.texts("cookies", cache.cookies());
                }
                if (cache.headers() != null) {
                    c.texts("headers", cache.headers());
                }
                r.put("cache", c);
            }
            out.put(route.url(), r);
        }
        return out;
    }
}
