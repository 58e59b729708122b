package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Generated paths stay inside the output folder: no absolute paths, no `..`, no symlink escapes. */
public final class SafePaths {

    private SafePaths() {
    }

    /** {@code relative} inside {@code outputFolder}, refused when it could reach anything outside it. */
    public static Path resolve(Path outputFolder, String relative) throws UnsafePathException {
        checkSyntax(relative);
        Path root = outputFolder.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new UnsafePathException(relative, "leaves the output folder");
        }
        try {
            Path realRoot = Files.exists(root) ? root.toRealPath() : root;
            for (Path p = target; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
                if (Files.isSymbolicLink(p) || (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(target)
                        && !p.toRealPath().startsWith(realRoot))) {
                    throw new UnsafePathException(relative, "goes through the symbolic link " + root.relativize(p));
                }
            }
        } catch (IOException e) {
            throw new UnsafePathException(relative, "cannot be checked: " + e.getMessage());
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
    }
}
