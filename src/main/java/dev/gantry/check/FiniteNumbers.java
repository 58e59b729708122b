package dev.gantry.check;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;

/**
 * YAML has {@code .nan} and {@code .inf}; JSON, and every format Gantry writes, has neither. They
 * are rejected before schema validation, which cannot compare them.
 */
final class FiniteNumbers {

    private FiniteNumbers() {
    }

    static boolean check(YNode node, Diagnostics diagnostics) {
        if (node instanceof YMap map) {
            boolean ok = true;
            for (YMap.Entry e : map.entries().values()) {
                ok &= check(e.value(), diagnostics);
            }
            return ok;
        }
        if (node instanceof YSeq seq) {
            boolean ok = true;
            for (YNode item : seq.items()) {
                ok &= check(item, diagnostics);
            }
            return ok;
        }
        if (((YScalar) node).value() instanceof Double d && (d.isNaN() || d.isInfinite())) {
            diagnostics.report(Problem.NOT_FINITE, node.position(), ((YScalar) node).text());
            return false;
        }
        return true;
    }
}
