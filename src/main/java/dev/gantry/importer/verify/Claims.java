package dev.gantry.importer.verify;

import dev.gantry.importer.Carry;
import dev.gantry.importer.Finding;
import dev.gantry.importer.Findings;
import dev.gantry.importer.Origin;
import dev.gantry.importer.Setting;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks what import said of a setting against what the generated files hold. A setting carried
 * (identically, or in another form) must be in the generated file with the value the finding
 * expects, under the key it names; otherwise it was not carried after all, and the row says what
 * the generated file has instead. A setting import has no finding for is checked as identical.
 */
final class Claims {

    private final Findings findings;
    private final java.util.Set<String> secrets;

    /** {@code secrets}: the values no row may show. */
    Claims(Findings findings, java.util.Set<String> secrets) {
        this.findings = findings;
        this.secrets = secrets;
    }

    /** A value as a row may show it: shortened, and hidden when it holds a secret's value. */
    String shown(String value) {
        if (value != null && secrets.stream().anyMatch(s -> !s.isEmpty() && value.contains(s))) {
            return "(a secret's value)";
        }
        return shorten(value);
    }

    /** The key of the generated file that carries an original setting: the finding's, else the setting's own. */
    String generatedKey(Setting setting) {
        return findings.get(setting).map(Finding::generatedKey).filter(Objects::nonNull).orElse(setting.key());
    }

    /** The row for an original setting, its value, and the generated settings by key. */
    Row check(Setting setting, Origin origin, String shown, String value, Map<String, String> generated) {
        Optional<Finding> finding = findings.get(setting);
        if (finding.isPresent() && finding.get().carry() == Carry.NOT_CARRIED) {
            return new Row(setting.env(), origin, shown, Carry.NOT_CARRIED, finding.get().note());
        }
        String key = finding.map(Finding::generatedKey).filter(Objects::nonNull).orElse(setting.key());
        String expected = finding.map(Finding::expected).filter(Objects::nonNull).orElse(value);
        String actual = generated.get(key);
        boolean carried = Finding.ABSENT.equals(expected) ? true : Objects.equals(expected, actual)
                && generated.containsKey(key);
        if (!carried) {
            String has = generated.containsKey(key) ? "has `" + shown(actual) + "`" : "does not have it";
            return new Row(setting.env(), origin, shown, Carry.NOT_CARRIED, "the generated file " + has
                    + (Objects.equals(expected, value) ? "" : " where import expected `" + shown(expected) + "`")
                    + finding.map(f -> f.note() == null ? "" : " (import: " + f.note() + ")").orElse(""));
        }
        if (finding.isPresent() && finding.get().carry() == Carry.OTHER_FORM) {
            return new Row(setting.env(), origin, shown, Carry.OTHER_FORM, finding.get().note());
        }
        return new Row(setting.env(), origin, shown, Carry.IDENTICAL, null);
    }

    static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        String one = text.replace("\n", "\\n");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
