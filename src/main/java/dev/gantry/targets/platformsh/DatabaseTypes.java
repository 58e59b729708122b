package dev.gantry.targets.platformsh;

import dev.gantry.catalog.DatabaseMove;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.EntryScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For `gantry diff`: a database service of services.yaml whose type moves to another major line is
 * upgraded by Platform.sh's own procedure for the kind.
 */
final class DatabaseTypes implements ArtifactSummary {

    static final String SERVICES = PlatformshTarget.FOLDER + "/services.yaml";

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        if (!path.equals(SERVICES)) {
            return List.of();
        }
        Map<String, String> old = EntryScalars.of(before, Optional.empty(), "type");
        List<Meaning> out = new ArrayList<>();
        EntryScalars.of(after, Optional.empty(), "type").forEach((service, type) ->
                Optional.ofNullable(old.get(service)).flatMap(was -> DatabaseMove.ofPlatformshTypes(was, type))
                        .ifPresent(move -> out.add(new Meaning("service " + ArtifactSummary.code(service),
                                move.onPlatformsh()))));
        return out;
    }
}
