package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mount of a service's container: a named volume ({@code data:/var/lib/mysql}), a folder of the
 * project ({@code ./app:/app}) or, said explicitly, a path of the host ({@code /var/run/x.sock},
 * {@code ~/.composer}); with compose's mount options ({@code ro}, {@code cached}, {@code z}, ...) in
 * the order written. {@code sourcePath} is where a Platform.sh or Upsun mount keeps its files, when
 * not in a folder named after the volume. {@code at} is where environment.yaml gives it.
 */
public record Volume(String source, String target, List<String> options, Optional<String> size,
        Optional<String> sourcePath, Position at) {

    /** Compose 1.29's grammar of volume names, which Docker's own (a first letter or digit) narrows. */
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$");

    /** What the source names. */
    public enum Kind {
        /** A named volume, which compose creates. */
        NAMED,
        /** A folder or file of the project, relative to environment.yaml ({@code ./...}). */
        PROJECT,
        /** A path of the Docker host: absolute, or in the home folder of whoever runs compose ({@code ~/...}). */
        HOST,
        /** None of these: compose would read it as a named volume it refuses, or leave the project. */
        INVALID
    }

    public Volume {
        options = List.copyOf(options);
    }

    public Kind kind() {
        if (source.equals(".") || source.startsWith("./")) {
            return leavesProject() ? Kind.INVALID : Kind.PROJECT;
        }
        if (source.startsWith("/") || source.startsWith("~/")) {
            return Kind.HOST;
        }
        return NAME.matcher(source).matches() ? Kind.NAMED : Kind.INVALID;
    }

    /** A project path that {@code ..} takes out of the project folder. */
    public boolean leavesProject() {
        if (source.startsWith("/") || source.startsWith("~")) {
            return false;
        }
        int depth = 0;
        for (String segment : source.split("/")) {
            depth += segment.equals("..") ? -1 : segment.isEmpty() || segment.equals(".") ? 0 : 1;
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    public boolean isBindMount() {
        return kind() != Kind.NAMED;
    }

    public boolean readOnly() {
        return options.contains("ro");
    }

    /** {@code source:target[:options]}, as compose's short syntax writes it. */
    public String spec() {
        return source + ":" + target + (options.isEmpty() ? "" : ":" + String.join(",", options));
    }

    /** The folder of a Platform.sh or Upsun mount's storage that holds the volume's files. */
    public String mountFolder() {
        return sourcePath.orElse(source);
    }
}
