package dev.gantry.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The line of {@code .gitattributes} that makes git merge {@code .gantry/manifest.json} with
 * {@code gantry merge-manifest}, and the one-time {@code git config} command that says what the
 * driver runs (git reads drivers from its config only, never from the repository).
 */
public final class GitAttributes {

    public static final String DRIVER = "gantry-manifest";
    public static final String LINE = ".gantry/manifest.json merge=" + DRIVER;
    public static final String CONFIG = "git config merge." + DRIVER + ".driver \"gantry merge-manifest %O %A %B %P\"";
    private static final String COMMENT = "# Git merges Gantry's manifest with `gantry merge-manifest` (once per clone: "
            + CONFIG + ")";
    private static final Pattern SET_UP = Pattern.compile("(?m)^\\S*\\.gantry/manifest\\.json\\s.*\\bmerge=");

    private GitAttributes() {
    }

    /** Adds the line to {@code folder}'s .gitattributes unless it names a merge for the manifest already. */
    public static boolean ensure(Path folder) throws IOException {
        Path file = folder.resolve(".gitattributes");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (SET_UP.matcher(text).find()) {
            return false;
        }
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        Files.writeString(file, text + separator + COMMENT + "\n" + LINE + "\n", StandardCharsets.UTF_8);
        return true;
    }
}
