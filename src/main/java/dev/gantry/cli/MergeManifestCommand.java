package dev.gantry.cli;

import dev.gantry.emit.Manifest;
import dev.gantry.emit.ManifestMerge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * `gantry merge-manifest`: git's merge driver for {@code .gantry/manifest.json}. Set up once per
 * clone ({@code git config merge.gantry-manifest.driver "gantry merge-manifest %O %A %B %P"}) and
 * named in {@code .gitattributes} ({@code gantry init} writes that line), git runs it instead of a
 * line merge; it writes the merge into the OURS file. Git only runs it while it merges, before it
 * writes any merged file to the work tree, so it cannot regenerate: it merges the manifest file by
 * file ({@link ManifestMerge}), and says to run {@code gantry generate} when both branches changed a
 * generated file.
 */
final class MergeManifestCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final PositionalParamSpec base = file(0, "BASE", "The common ancestor's manifest (git's %%O).");
    private final PositionalParamSpec ours = file(1, "OURS", "This branch's manifest (git's %%A); the merge is"
            + " written here.");
    private final PositionalParamSpec theirs = file(2, "THEIRS", "The other branch's manifest (git's %%B).");
    private final PositionalParamSpec path = PositionalParamSpec.builder().index("3").arity("0..1")
            .paramLabel("PATH").type(String.class).initialValue(Manifest.PATH)
            .description("The manifest's path in the repository, for messages (git's %%P).").build();

    MergeManifestCommand() {
        spec.addPositional(base).addPositional(ours).addPositional(theirs).addPositional(path);
        spec.usageMessage().description("Git's merge driver for .gantry/manifest.json: merge two branches'"
                + " manifests file by file.",
                "Each generated file one branch changed takes that branch's entry. A file both changed is marked"
                        + " for `gantry generate`, which rewrites it from the merged environment file after the merge."
                        + " Exit 0 when merged; 3 when the manifests cannot be merged (git then reports a conflict"
                        + " and leaves this branch's manifest).",
                "Set up once per clone: git config merge.gantry-manifest.driver \"gantry merge-manifest %%O %%A %%B %%P\"");
    }

    private static PositionalParamSpec file(int index, String label, String description) {
        return PositionalParamSpec.builder().index(Integer.toString(index)).arity("1").required(true)
                .paramLabel(label).type(Path.class).description(description).build();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return merge(err);
        } catch (IOException e) {
            err.println("gantry merge-manifest: cannot read or write the manifests: " + OutputCommand.describe(e));
            err.flush();
            return ExitCode.CANNOT_WRITE;
        }
    }

    private int merge(PrintWriter err) throws IOException {
        String shown = path.getValue();
        Path oursFile = ours.getValue();
        Optional<Manifest> merged;
        List<String> both;
        try {
            Manifest mine = Manifest.parse(Files.readAllBytes(oursFile));
            Manifest other = Manifest.parse(Files.readAllBytes(theirs.getValue()));
            byte[] ancestor = Files.readAllBytes(base.getValue());
            Manifest was = ancestor.length == 0 ? new Manifest(mine.gantry(), mine.source(), new TreeMap<>())
                    : Manifest.parse(ancestor);
            Optional<ManifestMerge.Result> result = ManifestMerge.of(was, mine, other);
            if (result.isEmpty()) {
                err.println("gantry merge-manifest: " + shown + ": the branches generated from different environment"
                        + " files (" + mine.source() + ", " + other.source() + "); left for you to resolve");
                err.flush();
                return ExitCode.STALE;
            }
            merged = Optional.of(result.get().manifest());
            both = result.get().merged();
        } catch (Manifest.UnreadableException e) {
            err.println("gantry merge-manifest: " + shown + ": " + e.getMessage() + "; left for you to resolve:"
                    + " keep one side, then run `gantry generate`");
            err.flush();
            return ExitCode.STALE;
        }
        Files.write(oursFile, merged.get().bytes());
        if (!both.isEmpty()) {
            err.println("gantry merge-manifest: " + shown + ": both branches changed " + (both.size() == 1
                    ? "1 generated file" : both.size() + " generated files") + " (" + String.join(", ", both.stream()
                    .limit(5).toList()) + (both.size() > 5 ? ", ..." : "") + "): once the merge is done, run"
                    + " `gantry generate` to rewrite them from the merged environment file");
            err.flush();
        }
        return ExitCode.OK;
    }
}
