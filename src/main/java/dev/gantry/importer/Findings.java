package dev.gantry.importer;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything import decided about the settings it read, and the warnings it has for the user. A
 * setting not carried is a warning at its place in the source; verify reads the findings as the
 * claims it checks against the generated files.
 */
public final class Findings {

    private final Map<Setting, Finding> findings = new LinkedHashMap<>();
    private final Diagnostics warnings = new Diagnostics("import");

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
        warn(origin, Problem.IMPORT_NOT_CARRIED, setting.shown(),
                setting.env().isEmpty() ? "" : " (environment " + setting.env() + ")", reason);
    }

    /** A warning of the catalogue at {@code origin}, with a value for each of its placeholders. */
    public void warn(Origin origin, Problem problem, Object... values) {
        warnings.add(problem.at(origin.file(), origin.position(), values));
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

    /** The warnings for the user, in the order of their files and places. */
    public List<Diagnostic> warnings() {
        return warnings.sorted();
    }
}
