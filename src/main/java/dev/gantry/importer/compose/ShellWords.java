package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a string {@code command} or {@code entrypoint} into arguments as Compose does (Python's
 * {@code shlex.split} in POSIX mode): blanks separate words, single quotes keep everything, double
 * quotes keep everything but a backslash before {@code "} or {@code \}, a backslash outside quotes
 * keeps the next character. No shell runs, so {@code &&}, {@code |} and {@code $X} are plain words.
 */
public final class ShellWords {

    private ShellWords() {
    }

    public static List<String> split(String text, Origin at) throws InputError {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new InputError(at, Problem.COMPOSE_UNCLOSED_QUOTE, text);
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                        word.append(text.charAt(i + 1));
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new InputError(at, Problem.COMPOSE_UNCLOSED_QUOTE, text);
                }
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) {
                    throw new InputError(at, Problem.COMPOSE_TRAILING_BACKSLASH, text);
                }
                word.append(text.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
