package dev.gantry.targets;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The targets available in this build of Gantry. */
public final class Targets {

    private Targets() {
    }

    public static List<Target> available() {
        return ServiceLoader.load(Target.class, Targets.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Target::name))
                .toList();
    }
}
