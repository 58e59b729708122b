package dev.gantry.importer.compose;

/**
 * What import decided about a service before carrying its settings, which the other services'
 * settings depend on: its name in environment.yaml, where its container comes from, and whether
 * Gantry will know it has a health check (dependents then wait for it to be healthy).
 */
record ServiceFacts(String name, String gantryName, ServiceSource source, boolean healthchecked) {

    boolean dropped() {
        return source instanceof ServiceSource.Dropped;
    }
}
