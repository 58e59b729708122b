package dev.gantry.importer.compose;

import java.util.ArrayList;
import java.util.List;

/** The short volume syntax {@code source:target[:options]}, where a Windows drive letter is not a separator. */
final class VolumeSyntax {

    private VolumeSyntax() {
    }

    static String[] split(String spec) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == ':' && !(i == 1 && Character.isLetter(spec.charAt(0)) && spec.length() > 2
                    && (spec.charAt(2) == '\\' || spec.charAt(2) == '/'))) {
                parts.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(spec.substring(start));
        return parts.toArray(String[]::new);
    }
}
