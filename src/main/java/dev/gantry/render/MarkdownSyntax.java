package dev.gantry.render;

/** Markdown for the docs templates, as {@code md}: table cells and code spans that hold any text. */
public final class MarkdownSyntax {

    /** Text for a table cell: pipes escaped, line breaks as spaces, Markdown's own characters escaped. */
    public String cell(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|' -> out.append("\\|");
                case '\n', '\r' -> out.append(' ');
                case '\\', '*', '_', '[', ']', '<', '>', '#', '`' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span holding {@code text}, fenced with more backticks than it holds; pipes escaped for tables. */
    public String code(String text) {
        return dev.gantry.targets.ArtifactSummary.code(text).replace("|", "\\|");
    }
}
