package dev.gantry.targets.pipelines;

import dev.gantry.model.pipelines.RegistryLogin;

/**
 * What a job does to push to the project's registry, for the templates: {@code kind} is
 * {@code ecr} (assume {@code role}, when not empty, through OIDC, then log in with the AWS CLI) or
 * {@code password} (log in with two GitHub secrets).
 */
public record LoginStep(String kind, String host, String role, String region, String usernameSecret,
        String passwordSecret) {

    /** No login: the job pushes nothing. */
    static final LoginStep NONE = new LoginStep("none", "", "", "", "", "");

    static LoginStep ecr(String host, String role, String region) {
        return new LoginStep("ecr", host, role, region, "", "");
    }

    static LoginStep password(String host, RegistryLogin.Password secrets) {
        return new LoginStep("password", host, "", "", secrets.usernameSecret(), secrets.passwordSecret());
    }
}
