package dev.gantry.importer.compose;

import static dev.gantry.importer.Issues.RAW;
import static dev.gantry.importer.Issues.noKey;

import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ports} and {@code expose} into Gantry's {@code ports}: {@code "8080:80"} publishes, {@code 9000} exposes. */
final class PortRules {

    private static final Pattern PORT = Pattern.compile("(?:([0-9.]+):)?([0-9]*):([0-9]+)/(tcp|udp)");

    private PortRules() {
    }

    static void ports(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            if (leaf.path().size() > 2) {
                s.notCarried(leaf, noKey("`ports." + leaf.path().get(2) + "`", RAW));
                continue;
            }
            Matcher m = PORT.matcher(leaf.path().get(1));
            if (!m.matches()) {
                s.notCarried(leaf, "Gantry takes one port, published on an IPv4 address or all of them"
                        + " (no ranges, no IPv6); " + noKey("`" + leaf.path().get(1) + "`", RAW));
                continue;
            }
            if (m.group(2).isEmpty()) {
                s.notCarried(leaf, "the port is published on a random host port, for which Gantry has no form;"
                        + " give a host port, or only expose it");
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
                s.notCarried(leaf, "Gantry exposes one port at a time; " + noKey("`" + port + "`", RAW));
                continue;
            }
            s.draft().list("ports").add(port.endsWith("/tcp")
                    ? DraftScalar.of(Long.parseLong(port.substring(0, port.length() - 4))) : DraftScalar.of(port));
            s.identical(leaf);
        }
    }
}
