package dev.gantry.model;

import java.util.List;

/** A command as a list of arguments (exec form) or as one string for the shell ({@code shell}). */
public record Command(List<String> args, boolean shell) {

    public Command {
        args = List.copyOf(args);
    }

    /** The command as exec-form arguments, wrapping a shell string in {@code /bin/sh -c}. */
    public List<String> execForm() {
        return shell ? List.of("/bin/sh", "-c", args.get(0)) : args;
    }
}
