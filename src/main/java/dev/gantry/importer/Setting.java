package dev.gantry.importer;

/**
 * One setting of an imported file, as the findings and the verification name it: the environment it
 * was imported for ("" when the file is the same for all), what holds it ({@code services.app},
 * {@code images.app}, {@code applications.app}, {@code routes}), and its key there
 * ({@code environment.APP_ENV}).
 */
public record Setting(String env, String owner, String key) {

    public String shown() {
        return owner + (key.isEmpty() ? "" : "." + key);
    }
}
