package dev.gantry.init;

import dev.gantry.render.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What `gantry init` says when it is done: the files it wrote, those it kept, and the commands to
 * run next, exactly as they work when typed in the folder init ran in.
 */
public final class InitReport {

    private final PrintWriter out;
    private final Path folder;
    private final String environmentFile;
    private final InitChoices choices;

    public InitReport(PrintWriter out, Path folder, String environmentFile, InitChoices choices) {
        this.out = out;
        this.folder = folder;
        this.environmentFile = environmentFile;
        this.choices = choices;
    }

    public void print(List<String> written, List<String> kept, List<String> skeletonCommands) throws IOException {
        out.println("Wrote " + String.join(", ", written) + ".");
        for (String path : kept) {
            out.println("Kept " + path + ": it exists, and init never overwrites a file." + keptHint(path));
        }
        out.println("Next:");
        Path here = Path.of("").toAbsolutePath();
        if (!folder.equals(here)) {
            out.println("  cd " + word(folder.startsWith(here) ? here.relativize(folder).toString()
                    : folder.toString()));
        }
        skeletonCommands.forEach(command -> out.println("  " + command));
        String generate = "gantry generate" + (environmentFile.equals(Skeleton.ENVIRONMENT) ? ""
                : " -f " + word(environmentFile));
        out.println("  " + generate + " ".repeat(Math.max(1, 29 - generate.length()))
                + "# writes the Dockerfile, compose files and ./dk");
        out.println("  cp .env.example .env         # then replace each change-me in .env");
        out.println("  ./dk build && ./dk start     # then open http://localhost:8080/");
        out.flush();
    }

    /** A path as the shell reads it: as it is when it holds nothing the shell would, else single-quoted. */
    private static String word(String path) {
        return path.matches("[A-Za-z0-9_./=:@%+-]+") ? path : new Quote().sh(path);
    }

    /** A kept .gitignore that does not ignore .env would let the passwords be committed. */
    private String keptHint(String path) throws IOException {
        if (path.equals(".gitignore") && Files.readAllLines(folder.resolve(path)).stream().map(String::strip)
                .noneMatch(line -> line.equals(".env") || line.equals("/.env"))) {
            return " Add /.env to it: .env holds the local passwords.";
        }
        return "";
    }
}
