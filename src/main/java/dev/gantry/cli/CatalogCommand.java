package dev.gantry.cli;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class CatalogCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    enum Format { TEXT, MARKDOWN }

    private final TypedOption<Format> format = TypedOption.choice(Format.class, OptionSpec.builder("--format")
            .paramLabel("text|markdown").defaultValue("text").description("text, or markdown (the table in the README)."));

    CatalogCommand() {
        spec.addOption(format.spec());
        spec.usageMessage().description("List the catalog services that `use: <kind>:<version>` can name.");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (format.value()) {
            case TEXT -> Catalog.get().entries().forEach(e -> out.printf("%-14s %-10s %s%n    versions: %s%s%n",
                    e.kind(), e.category().label(), e.description(), String.join(", ", e.versions().lines()),
                    e.connection().isEmpty() ? "" : "\n    exposes: " + String.join(", ", e.connection().keySet())));
            case MARKDOWN -> markdown(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void markdown(PrintWriter out) {
        out.println("| kind | what | versions | exposes (`{ref: <service>.<field>}`) | settings (`config:`) |");
        out.println("|---|---|---|---|---|");
        for (CatalogEntry e : Catalog.get().entries()) {
            out.println("| `" + e.kind() + "` | " + e.description() + " | " + String.join(", ", e.versions().lines())
                    + (e.versions().full() ? " (with a patch: `" + last(e.versions().lines()) + ".N`)" : "")
                    + " | " + String.join(", ", e.connection().keySet()) + " | " + String.join(", ", e.settingNames())
                    + " |");
        }
    }

    private static String last(java.util.List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
