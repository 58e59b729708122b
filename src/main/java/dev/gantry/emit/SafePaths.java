package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Generated paths stay inside the output folder: no absolute paths, no `..`, no symbolic links on the way. */
public final class SafePaths {

    private SafePaths() {
    }

    /** {@code relative} inside {@code outputFolder}, refused when it could reach anything outside it. */
    public static Path resolve(Path outputFolder, String relative) throws UnsafePathException, IOException {
        checkSyntax(relative);
        Path root = outputFolder.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new UnsafePathException(relative, "leaves the output folder");
        }
        // From the output folder down, so that the first link met is the one named, not a path behind it.
        Path p = root;
        for (Path segment : root.relativize(target)) {
            p = p.resolve(segment);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                break;
            }
            if (attributes.isSymbolicLink()) {
                throw UnsafePathException.throughLink(relative, root.relativize(p));
            }
            if (!attributes.isDirectory()) {
                break;
            }
        }
        return target;
    }

    /** A plain relative path of named segments separated by `/`, whatever is on disk. */
    public static void checkSyntax(String relative) throws UnsafePathException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            throw new UnsafePathException(relative, "is not a plain relative path");
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new UnsafePathException(relative, "contains an empty, `.` or `..` segment");
            }
        }
    }

    public static final class UnsafePathException extends Exception {
        public UnsafePathException(String path, String why) {
            super("unsafe path `" + path + "`: it " + why
                    + "; Gantry writes and deletes only inside the output folder");
        }

        private UnsafePathException(String message) {
            super(message);
        }

        /** {@code path} would be reached through {@code link}, a symbolic link. */
        static UnsafePathException throughLink(String path, Path link) {
            String name = link.toString().replace('\\', '/');
            return new UnsafePathException("refusing to write through the symbolic link `" + name + "` in the output"
                    + " folder (to reach `" + path + "`): Gantry writes and deletes only inside the output folder;"
                    + " nothing was written\nhint: replace `" + name + "` with a real folder, or generate into"
                    + " another output folder (-o)");
        }
    }
}
