package dev.gantry.emit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Before the first write: every folder a run writes or deletes a file in must be a folder it can write,
 * and where a folder is still to be created (the output folder itself, too), the nearest one that
 * exists must be. A read-only or
 * immutable folder deep in the tree then fails the run while every file is still as it was.
 */
final class WritableFolders {

    private WritableFolders() {
    }

    /** Checks the folders of {@code files} (absolute paths inside {@code root}). */
    static void check(Path root, Collection<Path> files) throws NotWritableException {
        Map<Path, Boolean> checked = new HashMap<>();
        Set<String> problems = new TreeSet<>();
        for (Path file : files) {
            Path folder = file.getParent();
            while (!checked.containsKey(folder) && folder.getParent() != null
                    && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                folder = folder.getParent();
            }
            boolean writable = checked.computeIfAbsent(folder, f -> Files.isDirectory(f)
                    && Files.isWritable(f));
            if (!writable) {
                problems.add(folder.equals(root) ? "the output folder"
                        : "`" + (folder.startsWith(root) ? root.relativize(folder) : folder) + "`");
            }
        }
        if (!problems.isEmpty()) {
            throw new NotWritableException(String.join(", ", problems) + (problems.size() == 1 ? " is" : " are")
                    + " not a folder Gantry can write in (read-only, immutable or a file)");
        }
    }

    /** A folder the run must write in cannot be written; nothing was. */
    static final class NotWritableException extends Emitter.NothingWrittenException {
        NotWritableException(String message) {
            super(message, null);
        }
    }
}
