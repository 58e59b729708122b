package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static final String HASH = Manifest.sha256("FROM scratch\n".getBytes());

    @Test
    void textIsSortedOneFileALineWithAnLfAtTheEnd() {
        Manifest manifest = new Manifest("0.1.0", "environment.yaml",
                new TreeMap<>(Map.of("b/Dockerfile", HASH, "Dockerfile", HASH, ".docker/x.sh", HASH)));
        assertEquals("""
                {
                  "files": {
                    ".docker/x.sh": {"sha256": "%1$s"},
                    "Dockerfile": {"sha256": "%1$s"},
                    "b/Dockerfile": {"sha256": "%1$s"}
                  },
                  "gantry": "0.1.0",
                  "manifest": 1,
                  "note": "Written by `gantry generate`: the files it owns in this folder. Commit it with them; do not\
                 edit it.",
                  "source": "environment.yaml"
                }
                """.formatted(HASH), manifest.toJson());
        String empty = new Manifest("0.1.0", "e.yaml", new TreeMap<>()).toJson();
        assertTrue(empty.startsWith("{\n  \"files\": {},\n  \"gantry\""), empty);
    }

    @Test
    void readsBackWhatItWrites(@TempDir Path dir) throws Exception {
        Manifest manifest = new Manifest("0.1.0", "environment.yaml",
                new TreeMap<>(Map.of("Dockerfile", HASH, "sp\u00e4ce \"quoted\"", HASH)));
        write(dir, manifest.toJson());
        assertEquals(Optional.of(manifest), Manifest.read(dir));
        assertEquals(Optional.empty(), Manifest.read(dir.resolve("nowhere")));
    }

    @Test
    void sameContentIgnoresTheGantryVersion() {
        Manifest a = new Manifest("0.1.0", "environment.yaml", new TreeMap<>(Map.of("Dockerfile", HASH)));
        assertTrue(a.sameContent(new Manifest("0.2.0", "environment.yaml", a.files())));
        assertFalse(a.sameContent(new Manifest("0.1.0", "other.yaml", a.files())));
    }

    @Test
    void anythingElseIsUnreadable(@TempDir Path dir) throws IOException {
        String good = new Manifest("0.1.0", "environment.yaml", new TreeMap<>(Map.of("Dockerfile", HASH))).toJson();
        for (String bad : new String[] {"{", "[]", good.replace("\"manifest\": 1", "\"manifest\": 2"),
            good.replace(HASH, "abc"), good.replace("\"Dockerfile\"", "\"/etc/passwd\""),
            good.replace("\"Dockerfile\"", "\"a/../../b\"")}) {
            write(dir, bad);
            Manifest.UnreadableException e = assertThrows(Manifest.UnreadableException.class, () -> Manifest.read(dir),
                    bad);
            assertTrue(e.getMessage().startsWith(".gantry/manifest.json cannot be read: "), e.getMessage());
        }
    }

    private static void write(Path dir, String text) throws IOException {
        Files.createDirectories(dir.resolve(".gantry"));
        Files.writeString(dir.resolve(Manifest.PATH), text);
    }
}
