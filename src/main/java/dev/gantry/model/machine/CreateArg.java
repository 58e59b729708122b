package dev.gantry.model.machine;

import java.util.regex.Pattern;

/**
 * One flag of {@code docker-machine create}, with its value if it takes one. {@code home} means the
 * value is a path under the home folder of whoever runs the script ({@code ~/} in environment.yaml).
 */
public record CreateArg(String flag, String value, boolean home) {

    private static final Pattern FLAG = Pattern.compile("--[a-z0-9]+(-[a-z0-9]+)*");

    public CreateArg {
        if (!FLAG.matcher(flag).matches()) {
            throw new IllegalArgumentException("not a docker-machine flag: " + flag);
        }
    }

    public static CreateArg of(String flag, String value) {
        return new CreateArg(flag, value, false);
    }

    public static CreateArg flag(String flag) {
        return new CreateArg(flag, null, false);
    }
}
