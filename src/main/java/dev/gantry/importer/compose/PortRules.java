package dev.gantry.importer.compose;

import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ports} and {@code expose} into Gantry's {@code ports}: {@code "8080:80"} publishes, {@code 9000}
 * exposes. A port Gantry's form cannot say (a range, IPv6, a random host port, long-form options)
 * takes the service's whole list under {@code raw.compose}, which replaces the generated one.
 */
final class PortRules {

    private static final Pattern PORT = Pattern.compile("(?:([0-9.]+):)?([0-9]*):([0-9]+)/(tcp|udp)");

    private PortRules() {
    }

    static void ports(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            Matcher m = PORT.matcher(leaf.path().get(1));
            if (leaf.path().size() > 2 || !m.matches() || m.group(2).isEmpty()) {
                raw(s, leaf, "ports");
                continue;
            }
            String port = (m.group(1) == null ? "" : m.group(1) + ":") + m.group(2) + ":" + m.group(3)
                    + (m.group(4).equals("udp") ? "/udp" : "");
            s.draft().list("ports").add(DraftScalar.of(port));
            s.identical(leaf);
        }
    }

    static void expose(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            String port = leaf.path().get(1);
            if (!port.matches("[0-9]{1,5}/(tcp|udp)")) {
                raw(s, leaf, "expose");
                continue;
            }
            s.draft().list("ports").add(port.endsWith("/tcp")
                    ? DraftScalar.of(Long.parseLong(port.substring(0, port.length() - 4))) : DraftScalar.of(port));
            s.identical(leaf);
        }
    }

    private static void raw(ServiceImport s, Leaf leaf, String key) {
        s.raw(key, DraftOfSource.of(s.resolved().source().get(key).orElseThrow()));
        s.otherForm(leaf, "the service's `" + key + "` under `raw.compose`, as written (Gantry's form takes one"
                + " port, with a host port, on IPv4)");
    }
}
