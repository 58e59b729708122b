package dev.gantry.bind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a command line into words as compose splits a string {@code command} (docker-compose 1.x
 * with Python's {@code shlex} in POSIX mode): words are separated by blanks; single quotes keep
 * everything; double quotes keep everything but a backslash before {@code "} or {@code \}; a
 * backslash outside quotes keeps the next character, a line break too. Nothing is expanded and no
 * shell runs, so what a shell would have done with ({@code &&}, {@code |}, {@code ;}, redirections,
 * {@code $VAR}, backquotes, a {@code #} comment, a leading {@code ~}) reaches the program as text:
 * the split lists it, for a warning.
 */
public final class ShellWords {

    /** The words; the shell syntax found outside single quotes, each once; what makes the line unsplittable. */
    public record Split(List<String> words, List<String> shellSyntax, Optional<String> problem) {
    }

    private static final String OPERATOR_CHARS = "|&;<>()";

    private ShellWords() {
    }

    public static Split split(String line) {
        List<String> words = new ArrayList<>();
        Set<String> syntax = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int substitutions = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    return problem(words, syntax, "it ends with a backslash that escapes nothing");
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    return problem(words, syntax, "a single quote is not closed");
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                int end = doubleQuoted(line, i + 1, word, syntax);
                if (end < 0) {
                    return problem(words, syntax, "a double quote is not closed");
                }
                inWord = true;
                i = end + 1;
            } else {
                if (c == ')' && substitutions > 0) {
                    substitutions--;
                } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                    String operator = operator(line, i);
                    syntax.add(operator);
                    if (operator.length() == 2) {
                        word.append(c);
                        i++;
                    }
                } else if (c == '$' || c == '`') {
                    expansion(line, i).ifPresent(syntax::add);
                    if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(') {
                        // The parenthesis belongs to the substitution, named already; its closing one too.
                        word.append("$(");
                        inWord = true;
                        substitutions++;
                        i += 2;
                        continue;
                    }
                } else if ((c == '#' || c == '~') && !inWord) {
                    syntax.add(c == '#' ? "# (a comment)" : "~ (the home folder)");
                }
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            return problem(words, syntax, "it holds no word");
        }
        return new Split(List.copyOf(words), List.copyOf(syntax), Optional.empty());
    }

    /** Appends a double-quoted part to {@code word}; returns the index of the closing quote, or -1. */
    private static int doubleQuoted(String line, int from, StringBuilder word, Set<String> syntax) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$' || c == '`') {
                expansion(line, i).ifPresent(syntax::add);
            }
            word.append(c);
            i++;
        }
        return -1;
    }

    /** {@code &&}, {@code ||}, {@code >>}, {@code 2>}: the operator as a shell reads it, for the message. */
    private static String operator(String line, int at) {
        char c = line.charAt(at);
        if (at + 1 < line.length() && line.charAt(at + 1) == c && (c == '&' || c == '|' || c == '>' || c == '<')) {
            return "" + c + c;
        }
        return String.valueOf(c);
    }

    /**
     * {@code $HOME}, {@code ${X}}, {@code $(...)}, {@code $?}, a backquote: how the message names an
     * expansion; a {@code $} that no shell would expand (before a blank or a dot) is none.
     */
    private static Optional<String> expansion(String line, int at) {
        if (line.charAt(at) == '`') {
            return Optional.of("` (command substitution)");
        }
        int end = at + 1;
        if (end >= line.length()) {
            return Optional.empty();
        }
        char next = line.charAt(end);
        if (next == '{' || next == '(') {
            return Optional.of("$" + next + "...");
        }
        if ("?$!@*#-".indexOf(next) >= 0) {
            return Optional.of("$" + next);
        }
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        return end == at + 1 ? Optional.empty() : Optional.of(line.substring(at, end));
    }

    private static Split problem(List<String> words, Set<String> syntax, String problem) {
        return new Split(List.copyOf(words), List.copyOf(syntax), Optional.of(problem));
    }
}
