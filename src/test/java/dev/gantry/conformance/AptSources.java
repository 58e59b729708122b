package dev.gantry.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Debian mirror this machine's apt uses, read from {@code sources.list} and
 * {@code sources.list.d/} (one-line {@code .list} and deb822 {@code .sources} files), so that
 * debootstrap fetches from wherever apt does, and from nowhere else.
 */
final class AptSources {

    private AptSources() {
    }

    /** The first {@code deb} source of {@code suite}, in the order apt reads them; empty when there is none. */
    static Optional<String> mirror(Path etcApt, String suite) {
        for (Path file : files(etcApt)) {
            String text = read(file);
            Optional<String> uri = file.toString().endsWith(".sources") ? fromDeb822(text, suite)
                    : fromOneLine(text, suite);
            if (uri.isPresent()) {
                return uri;
            }
        }
        return Optional.empty();
    }

    /** {@code deb [options] URI SUITE COMPONENT...} lines. */
    static Optional<String> fromOneLine(String text, String suite) {
        for (String line : text.split("\n")) {
            String entry = line.replaceFirst("#.*", "").replaceFirst("\\[[^]]*]", " ").trim();
            String[] fields = entry.split("\\s+");
            if (fields.length >= 3 && fields[0].equals("deb") && fields[2].equals(suite) && isFetchable(fields[1])) {
                return Optional.of(fields[1]);
            }
        }
        return Optional.empty();
    }

    /** Stanzas of {@code Field: value} lines (continued on indented lines), separated by blank lines. */
    static Optional<String> fromDeb822(String text, String suite) {
        for (String stanza : text.split("\n\\s*\n")) {
            Map<String, String> fields = fields(stanza);
            List<String> uris = words(fields.get("uris"));
            if (words(fields.get("types")).contains("deb") && words(fields.get("suites")).contains(suite)
                    && !"no".equalsIgnoreCase(fields.getOrDefault("enabled", "yes").trim())
                    && !uris.isEmpty() && isFetchable(uris.get(0))) {
                return Optional.of(uris.get(0));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> fields(String stanza) {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : stanza.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (Character.isWhitespace(line.charAt(0)) && last != null) {
                fields.merge(last, " " + line.trim(), String::concat);
            } else if (colon > 0) {
                last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                fields.put(last, line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }

    private static boolean isFetchable(String uri) {
        return uri.startsWith("http://") || uri.startsWith("https://") || uri.startsWith("file:/");
    }

    private static List<Path> files(Path etcApt) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(etcApt.resolve("sources.list"))) {
            files.add(etcApt.resolve("sources.list"));
        }
        Path dir = etcApt.resolve("sources.list.d");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(f -> f.toString().endsWith(".list") || f.toString().endsWith(".sources")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
