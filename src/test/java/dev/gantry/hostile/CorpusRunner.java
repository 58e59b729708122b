package dev.gantry.hostile;

import dev.gantry.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs `gantry validate` on every file of a folder in this JVM, printing `name exit`: the memory-bound probe. */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            int exit = Main.run(new String[] {"validate", "-f", file.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            System.out.println(file.getFileName() + " " + exit);
        }
    }
}
