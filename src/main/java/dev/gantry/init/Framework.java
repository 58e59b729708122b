package dev.gantry.init;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The framework or CMS a project runs, for what changes with it: the document root nginx serves,
 * the lowest PHP its current release takes, and who writes the application's skeleton. Plain PHP
 * gets its composer.json and front controller from `gantry init`; a framework's skeleton (front
 * controller, configuration, recipes) comes from its own installer, `composer create-project`.
 */
public enum Framework {
    PHP("php", "plain PHP", "public", "8.1", null, null),
    SYMFONY("symfony", "Symfony", "public", "8.2", "symfony/skeleton", "webapp"),
    LARAVEL("laravel", "Laravel", "public", "8.2", "laravel/laravel", null),
    DRUPAL("drupal", "Drupal", "web", "8.3", "drupal/recommended-project", "drush/drush"),
    SHOPWARE("shopware", "Shopware", "public", "8.2", "shopware/production", null),
    IBEXA("ibexa", "Ibexa DXP (eZ Platform)", "public", "8.1", "ibexa/oss-skeleton", null);

    private final String id;
    private final String label;
    private final String documentRoot;
    private final String lowestPhp;
    private final String skeleton;
    private final String completeExtras;

    Framework(String id, String label, String documentRoot, String lowestPhp, String skeleton,
            String completeExtras) {
        this.id = id;
        this.label = label;
        this.documentRoot = documentRoot;
        this.lowestPhp = lowestPhp;
        this.skeleton = skeleton;
        this.completeExtras = completeExtras;
    }

    public static final Answers ANSWERS = new Answers(Arrays.stream(values()).map(Framework::id).toList(),
            List.of("plain:php", "none:php", "sf:symfony", "symfony-skeleton:symfony", "ez:ibexa", "ezplatform:ibexa",
                    "ez-platform:ibexa", "ezpublish:ibexa", "ibexa-dxp:ibexa", "shopware6:shopware"));

    public static Framework of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no framework " + id));
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The folder of the application that the web server serves, holding the front controller index.php. */
    public String documentRoot() {
        return documentRoot;
    }

    /** The lowest PHP version (of {@link InitChoices#PHP_VERSIONS}) the framework's current release runs on. */
    public String lowestPhp() {
        return lowestPhp;
    }

    /** The package `composer create-project` makes the skeleton from; empty for plain PHP. */
    public Optional<String> skeleton() {
        return Optional.ofNullable(skeleton);
    }

    /** What the complete preset adds to the skeleton with `composer require`. */
    public Optional<String> completeExtras() {
        return Optional.ofNullable(completeExtras);
    }
}
