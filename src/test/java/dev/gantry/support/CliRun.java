package dev.gantry.support;

import dev.gantry.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    public boolean hasStackTrace() {
        return (out + err).matches("(?s).*\\bat [a-zA-Z0-9_.$]+\\(.*") || (out + err).contains("Exception");
    }
}
