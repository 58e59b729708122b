package dev.gantry.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything import decided about the settings it read, and the warnings it has for the user. A
 * setting not carried is a warning at its place in the source; verify reads the findings as the
 * claims it checks against the generated files.
 */
public final class Findings {

    /** A warning for stderr, at its place in a source file. */
    public record Warning(Origin origin, String message) implements Comparable<Warning> {
        @Override
        public int compareTo(Warning other) {
            int byOrigin = origin.compareTo(other.origin);
            return byOrigin != 0 ? byOrigin : message.compareTo(other.message);
        }

        @Override
        public String toString() {
            return origin + ": warning: " + message;
        }
    }

    private final Map<Setting, Finding> findings = new LinkedHashMap<>();
    private final TreeSet<Warning> warnings = new TreeSet<>();

    public void identical(Setting setting, Origin origin) {
        put(new Finding(setting, origin, Carry.IDENTICAL, null, null, null));
    }

    public void otherForm(Setting setting, Origin origin, String note) {
        put(new Finding(setting, origin, Carry.OTHER_FORM, note, null, null));
    }

    /** Carried in another form under which the generated file holds {@code expected} at {@code generatedKey}. */
    public void otherForm(Setting setting, Origin origin, String note, String expected, String generatedKey) {
        put(new Finding(setting, origin, Carry.OTHER_FORM, note, expected, generatedKey));
    }

    public void notCarried(Setting setting, Origin origin, String reason) {
        put(new Finding(setting, origin, Carry.NOT_CARRIED, reason, null, null));
        warn(origin, "`" + setting.shown() + "`" + (setting.env().isEmpty() ? "" : " (environment " + setting.env()
                + ")") + " is not carried: " + reason);
    }

    public void warn(Origin origin, String message) {
        warnings.add(new Warning(origin, message));
    }

    private void put(Finding finding) {
        Finding previous = findings.get(finding.setting());
        // the first verdict on a setting stands, unless a later one says it was not carried
        if (previous == null || finding.carry() == Carry.NOT_CARRIED && previous.carry() != Carry.NOT_CARRIED) {
            findings.put(finding.setting(), finding);
        }
    }

    public Optional<Finding> get(Setting setting) {
        return Optional.ofNullable(findings.get(setting));
    }

    public List<Finding> all() {
        return new ArrayList<>(findings.values());
    }

    public List<Warning> warnings() {
        return new ArrayList<>(warnings);
    }
}
