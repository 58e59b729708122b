package dev.gantry.importer.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words of a Dockerfile instruction as Docker splits and reads them ({@code ENV}, {@code LABEL},
 * {@code ARG}): blanks separate words outside quotes; quotes and escapes are removed; a {@code $}
 * outside single quotes is a variable Docker expands at build time, which {@link Word#expands} says.
 */
final class DockerWords {

    /** A word with its quotes and escapes removed; {@code expands} when it refers to a variable. */
    record Word(String text, boolean expands) {
    }

    private DockerWords() {
    }

    /** The words with their quotes kept, split at blanks outside quotes. */
    static List<String> split(String args, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == escape && quote != '\'' && i + 1 < args.length()) {
                word.append(c).append(args.charAt(++i));
            } else if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A word's value: quotes removed, escapes applied. */
    static Word unquote(String word, char escape) {
        StringBuilder out = new StringBuilder();
        boolean expands = false;
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    out.append(c);
                }
            } else if (c == escape && i + 1 < word.length()) {
                char next = word.charAt(++i);
                if (quote == '"' && next != '"' && next != escape && next != '$') {
                    out.append(c);
                }
                out.append(next);
            } else if (quote == '"' && c == '"') {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else {
                if (c == '$' && i + 1 < word.length() && (word.charAt(i + 1) == '{'
                        || Character.isLetter(word.charAt(i + 1)) || word.charAt(i + 1) == '_')) {
                    expands = true;
                }
                out.append(c);
            }
        }
        return new Word(out.toString(), expands);
    }

    /** {@code key=value} pairs, or the old form {@code key value} (one pair, the rest of the line its value). */
    static List<String[]> pairs(String args, char escape) {
        List<String> words = split(args, escape);
        List<String[]> out = new ArrayList<>();
        if (!words.isEmpty() && !words.get(0).contains("=")) {
            String key = words.get(0);
            String value = args.substring(args.indexOf(key) + key.length()).strip();
            out.add(new String[] {key, value});
            return out;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            out.add(eq < 0 ? new String[] {word, null} : new String[] {word.substring(0, eq), word.substring(eq + 1)});
        }
        return out;
    }

    /** The flags before the arguments ({@code --from=build}), and what follows them. */
    static Optional<String> flag(List<String> flags, String name) {
        for (String f : flags) {
            if (f.startsWith("--" + name + "=")) {
                return Optional.of(f.substring(name.length() + 3));
            }
            if (f.equals("--" + name)) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }
}
