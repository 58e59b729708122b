package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The three-way merge of manifests, file by file, as git's merge driver does it. */
class ManifestMergeTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    private static Manifest manifest(Map<String, String> files, String... merged) {
        return new Manifest("0.1.0", "environment.yaml", new TreeMap<>(files), new TreeSet<>(Set.of(merged)));
    }

    @Test
    void eachFileTakesTheSideThatChangedItAndOnlyFilesBothChangedAreMarked() {
        Manifest base = manifest(Map.of("same", A, "ours", A, "theirs", A, "both", A, "gone", A, "kept", A));
        Manifest ours = manifest(Map.of("same", A, "ours", B, "theirs", A, "both", B, "kept", B, "new", C));
        Manifest theirs = manifest(Map.of("same", A, "ours", A, "theirs", C, "both", C, "kept", A));

        ManifestMerge.Result result = ManifestMerge.of(base, ours, theirs).orElseThrow();

        assertEquals(Map.of("same", A, "ours", B, "theirs", C, "both", B, "kept", B, "new", C),
                result.manifest().files());
        assertEquals(Set.of("both"), result.manifest().merged());
        assertEquals(List.of("both"), result.merged());
    }

    @Test
    void aMarkStaysUntilGenerateRewritesTheFileAndTheTextSaysIt() {
        Manifest base = manifest(Map.of("f", A));
        Manifest ours = manifest(Map.of("f", B), "f");
        Manifest merged = ManifestMerge.of(base, ours, base).orElseThrow().manifest();
        assertEquals(Set.of("f"), merged.merged());
        assertTrue(merged.toJson().contains("\"f\": {\"merged\": true, \"sha256\": \"" + B + "\"}"), merged.toJson());
    }

    @Test
    void manifestsOfTwoEnvironmentFilesDoNotMerge() {
        Manifest base = manifest(Map.of());
        Manifest other = new Manifest("0.1.0", "other.yaml", new TreeMap<>());
        assertTrue(ManifestMerge.of(base, base, other).isEmpty());
    }
}
