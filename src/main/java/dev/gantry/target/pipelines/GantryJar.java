package dev.gantry.target.pipelines;

/** A Gantry jar that branch.yml downloads instead of using Gantry's GitHub Action: {@code pipelines.gantry}. */
public record GantryJar(String url, String sha256) {
}
