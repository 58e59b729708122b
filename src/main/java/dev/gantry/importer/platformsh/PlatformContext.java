package dev.gantry.importer.platformsh;

import dev.gantry.importer.Finding;
import dev.gantry.importer.Findings;
import dev.gantry.importer.ImportContext;
import dev.gantry.importer.Setting;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.source.SourceScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the parts of a Platform.sh import share: the environment, the findings, the drafts they fill. */
final class PlatformContext {

    final String environment;
    final ImportContext context;
    final PlatformConfig config;
    final Map<String, DraftMap> services = new LinkedHashMap<>();
    final DraftMap settings = new DraftMap();
    final Map<String, String> renamed = new LinkedHashMap<>();
    /** Service name to its primary endpoint, as Gantry will write it. */
    final Map<String, String> endpoints = new LinkedHashMap<>();
    /** Service name to the endpoints Gantry will write beside the primary one (one per further database). */
    final Map<String, List<String>> furtherEndpoints = new LinkedHashMap<>();

    PlatformContext(String environment, ImportContext context, PlatformConfig config) {
        this.environment = environment;
        this.context = context;
        this.config = config;
    }

    Findings findings() {
        return context.findings();
    }

    Setting setting(PlatformLeaf leaf) {
        return new Setting(environment, leaf.path().get(0), leaf.key());
    }

    void identical(PlatformLeaf leaf) {
        findings().identical(setting(leaf), leaf.origin());
    }

    void otherForm(PlatformLeaf leaf, String note) {
        findings().otherForm(setting(leaf), leaf.origin(), note);
    }

    void otherForm(PlatformLeaf leaf, String note, String expected, String generatedKey) {
        findings().otherForm(setting(leaf), leaf.origin(), note, expected, generatedKey);
    }

    void absent(PlatformLeaf leaf, String note) {
        otherForm(leaf, note, Finding.ABSENT, null);
    }

    void notCarried(PlatformLeaf leaf, String reason) {
        findings().notCarried(setting(leaf), leaf.origin(), reason);
    }

    void notCarried(List<PlatformLeaf> leaves, String reason) {
        leaves.forEach(l -> notCarried(l, reason));
    }

    /** A scalar as YAML typed it: a boolean, a whole number or a string. */
    static DraftScalar typed(String text, boolean plain) {
        SourceScalar s = new SourceScalar(text, plain, null, java.util.Optional.empty());
        if (s.isBoolean()) {
            return DraftScalar.of(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (s.isInteger()) {
            return DraftScalar.of(Long.parseLong(text));
        }
        return DraftScalar.of(text);
    }
}
