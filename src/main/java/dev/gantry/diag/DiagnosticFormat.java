package dev.gantry.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** How diagnostics are printed: for people, for GitHub workflow annotations, or as JSON. */
public enum DiagnosticFormat {
    TEXT {
        @Override
        public String format(List<Diagnostic> diagnostics) {
            StringBuilder out = new StringBuilder();
            for (Diagnostic d : diagnostics) {
                out.append(location(d)).append(": ").append(d.severity().label())
                        .append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
                if (d.hint() != null) {
                    out.append("  hint: ").append(d.hint().replace("\n", "\n        ")).append('\n');
                }
            }
            return out.toString();
        }
    },
    GITHUB {
        @Override
        public String format(List<Diagnostic> diagnostics) {
            StringBuilder out = new StringBuilder();
            for (Diagnostic d : diagnostics) {
                out.append("::").append(d.severity().label())
                        .append(" file=").append(property(d.file()))
                        .append(",line=").append(Math.max(1, d.position().line()))
                        .append(",col=").append(Math.max(1, d.position().column()))
                        .append(",title=").append(property(d.code().id()))
                        .append("::").append(data(d.message() + (d.hint() == null ? "" : "\nhint: " + d.hint())))
                        .append('\n');
            }
            return out.toString();
        }

        // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts escaping rules
        private String data(String s) {
            return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        }

        private String property(String s) {
            return data(s).replace(":", "%3A").replace(",", "%2C");
        }
    },
    JSON {
        @Override
        public String format(List<Diagnostic> diagnostics) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Diagnostic d : diagnostics) {
                ObjectNode o = array.addObject();
                o.put("file", d.file());
                o.put("line", d.position().line());
                o.put("column", d.position().column());
                o.put("severity", d.severity().label());
                o.put("code", d.code().id());
                o.put("message", d.message());
                if (d.hint() != null) {
                    o.put("hint", d.hint());
                }
            }
            return array.toPrettyString() + "\n";
        }
    };

    public abstract String format(List<Diagnostic> diagnostics);

    static String location(Diagnostic d) {
        return d.position().equals(Position.UNKNOWN) ? d.file() : d.file() + ":" + d.position();
    }
}
