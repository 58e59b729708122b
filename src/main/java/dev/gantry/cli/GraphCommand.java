package dev.gantry.cli;

import dev.gantry.graph.DotWriter;
import dev.gantry.graph.MermaidWriter;
import dev.gantry.graph.Shape;
import dev.gantry.graph.Shapes;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code gantry graph}: one diagram per environment, as Mermaid (which GitHub draws) or Graphviz DOT. */
final class GraphCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final InputOptions input = new InputOptions(spec);

    private final TypedOption<List<String>> environments = TypedOption.strings(OptionSpec.builder("--env")
            .paramLabel("NAME").description("Draw only this environment (repeatable); default: every environment."));

    enum Format { MERMAID, DOT }

    private final TypedOption<Format> format = TypedOption.choice(Format.class, OptionSpec.builder("--format")
            .paramLabel("mermaid|dot").defaultValue("mermaid").description("mermaid (default) or dot (Graphviz)."));

    GraphCommand() {
        spec.usageMessage().description("Print a diagram of each environment: its services grouped by network,"
                + " task or application, what waits for or reaches what, published ports, data volumes and managed"
                + " services. Several environments are printed one after the other, each after a comment line;"
                + " give --env for one diagram alone.");
        spec.addOption(environments.spec()).addOption(format.spec());
    }

    @Override
    public Integer call() throws Exception {
        boolean dot = format.value() == Format.DOT;
        Set<String> names = new LinkedHashSet<>(environments.value());
        Compilation result = Compiler.compile(input.file(), input.displayName(),
                new Options(names, Set.of(), false));
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        reporter.report(result.diagnostics(), input.errorFormat());
        if (!result.ok()) {
            return ExitCode.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Shape> shapes = Shapes.of(result.plan().orElseThrow()).stream()
                .filter(s -> names.isEmpty() || names.contains(s.environment())).toList();
        String comment = dot ? "// " : "%% ";
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            if (shapes.size() > 1) {
                out.print((i > 0 ? "\n" : "") + comment + "environment " + shape.environment() + "\n");
            }
            out.print(dot ? DotWriter.write(shape) : MermaidWriter.write(shape));
        }
        out.flush();
        return ExitCode.OK;
    }
}
