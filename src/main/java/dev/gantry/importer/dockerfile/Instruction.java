package dev.gantry.importer.dockerfile;

import dev.gantry.importer.Origin;

/**
 * One Dockerfile instruction: its keyword in upper case, its arguments as Docker reads them (lines
 * continued with the escape character joined), the same arguments with their line breaks kept
 * ({@code lines}), and where it starts. {@code heredoc} holds the here-documents that follow it.
 */
public record Instruction(String keyword, String args, String lines, Origin origin, String heredoc) {

    public boolean hasHeredoc() {
        return !heredoc.isEmpty();
    }

    /** The instruction as written on one line, for messages. */
    public String shown() {
        String text = keyword + " " + args;
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
