package dev.gantry.targets.pipelines;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry host of {@code project.registry}, which {@code docker login} needs, and the AWS
 * region when it is an Amazon ECR registry. As in Docker's own reference grammar, a first path
 * component without a dot, colon or {@code localhost} is a Docker Hub namespace.
 */
record Registry(String host, Optional<String> ecrRegion) {

    private static final Pattern ECR = Pattern.compile(
            "[0-9]{12}\\.dkr\\.ecr(?:-fips)?\\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9])\\.amazonaws\\.com(?:\\.cn)?");

    static Registry of(String registry) {
        int slash = registry.indexOf('/');
        String first = slash < 0 ? registry : registry.substring(0, slash);
        boolean isHost = first.contains(".") || first.contains(":") || first.equals("localhost");
        String host = isHost ? first : "docker.io";
        Matcher ecr = ECR.matcher(host);
        return new Registry(host, ecr.matches() ? Optional.of(ecr.group(1)) : Optional.empty());
    }

    boolean isEcr() {
        return ecrRegion.isPresent();
    }
}
