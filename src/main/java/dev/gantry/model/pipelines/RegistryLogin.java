package dev.gantry.model.pipelines;

import dev.gantry.model.Located;
import java.util.Optional;

/** How the workflows log in to the project's registry; never a credential, only where one is. */
public sealed interface RegistryLogin {

    /** Amazon ECR, with an IAM role assumed through GitHub's OIDC provider. */
    record Aws(Located<String> role, Optional<String> region) implements RegistryLogin {
    }

    /** Any registry, with a user name and password held in two GitHub secrets. */
    record Password(String usernameSecret, String passwordSecret) implements RegistryLogin {
    }
}
