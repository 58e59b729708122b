package dev.gantry.targets.dockerfile;

import dev.gantry.model.CopySpec;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Run;
import dev.gantry.render.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Dockerfile instruction arguments, exposed to the Dockerfile templates as {@code df}. Values come
 * out so that Docker reads back exactly what environment.yaml said, and no value can start a new
 * instruction.
 */
public final class DockerSyntax {

    private final Quote quote = new Quote();

    /**
     * A RUN command. One plain line goes in shell form, as written; anything Docker's parser would
     * treat specially in shell form (a line break, a trailing backslash that continues the line, a
     * heredoc {@code <<}) goes in exec form through {@code /bin/sh -c}, which carries any string.
     */
    private String command(String command) {
        boolean plain = command.indexOf('\n') < 0 && command.indexOf('\r') < 0 && !command.endsWith("\\")
                && !command.contains("<<") && !command.isBlank() && command.equals(command.strip());
        return plain ? command : quote.jsonArray(List.of("/bin/sh", "-c", command));
    }

    /** A RUN with its BuildKit mounts first: {@code --mount=type=cache,target=/root/.composer/cache ...}. */
    public String run(Run run) {
        List<String> parts = new ArrayList<>();
        for (Run.Mount mount : run.mounts()) {
            parts.add("--mount=" + mount(mount));
        }
        parts.add(command(run.command().value()));
        return String.join(" ", parts);
    }

    /** Mount options; their values are paths and names the schema keeps free of commas, quotes and blanks. */
    private static String mount(Run.Mount mount) {
        if (mount instanceof Run.Cache cache) {
            return "type=cache,target=" + cache.target() + cache.id().map(id -> ",id=" + id).orElse("")
                    + cache.sharing().map(s -> ",sharing=" + s).orElse("");
        }
        if (mount instanceof Run.Secret secret) {
            return "type=secret,id=" + secret.id() + ",required=true" + secret.target().map(t -> ",target=" + t)
                    .orElse("");
        }
        return "type=ssh" + ((Run.Ssh) mount).id().map(id -> ",id=" + id).orElse("");
    }

    /** {@code KEY="value"} for ENV, ARG and LABEL. */
    public String pair(String key, String value) {
        return key + "=" + quote.docker(value);
    }

    /** {@code "key"="value"} for LABEL, whose keys may hold dots and slashes. */
    public String label(String key, String value) {
        return quote.docker(key) + "=" + quote.docker(value);
    }

    /** A path for WORKDIR, which expands variables: {@code $} and backslash are escaped. */
    public String path(String path) {
        return path.replace("\\", "\\\\").replace("$", "\\$");
    }

    /** COPY's flags and JSON source/destination list. */
    public String copy(CopySpec copy) {
        List<String> parts = new ArrayList<>();
        copy.fromImage().ifPresent(image -> parts.add("--from=" + image));
        copy.chown().ifPresent(c -> parts.add("--chown=" + c));
        copy.chmod().ifPresent(c -> parts.add("--chmod=" + c));
        if (copy.link()) {
            parts.add("--link");
        }
        List<String> args = new ArrayList<>(copy.sources());
        args.add(destination(copy));
        parts.add(quote.jsonArray(args));
        return String.join(" ", parts);
    }

    private static String destination(CopySpec copy) {
        if (copy.dest().isPresent()) {
            return copy.dest().get();
        }
        if (copy.sources().size() == 1) {
            String source = copy.sources().get(0);
            return source.startsWith("./") ? source : "./" + source;
        }
        return "./";
    }

    public String exec(List<String> args) {
        return quote.jsonArray(args);
    }

    /** HEALTHCHECK's options and command, or NONE. */
    public String healthcheck(HealthCheck check) {
        if (check.disabled() || check.test().isEmpty()) {
            return "NONE";
        }
        List<String> parts = new ArrayList<>();
        check.interval().ifPresent(v -> parts.add("--interval=" + v));
        check.timeout().ifPresent(v -> parts.add("--timeout=" + v));
        check.startPeriod().ifPresent(v -> parts.add("--start-period=" + v));
        check.retries().ifPresent(v -> parts.add("--retries=" + v));
        parts.add("CMD " + quote.jsonArray(check.test().get().execForm()));
        return String.join(" ", parts);
    }
}
