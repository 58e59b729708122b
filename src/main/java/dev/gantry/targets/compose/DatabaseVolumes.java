package dev.gantry.targets.compose;

import dev.gantry.catalog.DatabaseMove;
import dev.gantry.catalog.InstanceNames;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.EntryScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For `gantry diff`: a database service of a compose file whose image moves to another major line
 * keeps its data in a volume of the old line's format, which `./dk upgrade-db` carries over.
 */
final class DatabaseVolumes implements ArtifactSummary {

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        Optional<String> environment = ArtifactPaths.environmentOfComposeFile(path);
        if (environment.isEmpty()) {
            return List.of();
        }
        Map<String, String> old = EntryScalars.of(before, Optional.of("services"), "image");
        Map<String, List<String>> mounts = EntryScalars.lists(before, Optional.of("services"), "volumes");
        List<Meaning> out = new ArrayList<>();
        EntryScalars.of(after, Optional.of("services"), "image").forEach((service, image) ->
                Optional.ofNullable(old.get(service)).flatMap(was -> DatabaseMove.ofImages(was, image))
                        .ifPresent(move -> out.add(new Meaning("service " + ArtifactSummary.code(service),
                                move.onCompose(environment.get(), service,
                                        dataVolume(mounts.getOrDefault(service, List.of()))
                                                .orElse(InstanceNames.defaults(service).dataVolume()))))));
        return out;
    }

    /** The named volume among a database container's mounts ({@code db-data:/var/lib/mysql}): its data. */
    private static Optional<String> dataVolume(List<String> mounts) {
        return mounts.stream().map(m -> m.substring(0, Math.max(m.indexOf(':'), 0)))
                .filter(source -> !source.isEmpty() && Character.isLetterOrDigit(source.charAt(0))).findFirst();
    }
}
