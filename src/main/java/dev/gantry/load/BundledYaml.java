package dev.gantry.load;

import dev.gantry.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A YAML mapping shipped on the classpath with Gantry (the catalog, runtime tables); an error in one is a bug. */
public final class BundledYaml {

    private BundledYaml() {
    }

    public static YMap load(String resource) {
        String text;
        try (InputStream in = BundledYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics(resource);
        YNode root = YamlLoader.load(new SourceFile(Path.of(resource), resource, text), diagnostics).root()
                .orElseThrow(() -> new IllegalStateException(resource + " is invalid: " + diagnostics.sorted()));
        return (YMap) root;
    }
}
