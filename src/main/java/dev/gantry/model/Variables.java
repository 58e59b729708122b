package dev.gantry.model;

import java.util.List;
import java.util.Map;

/** What a service's container finds in its environment: variables, env files, and secrets by name. */
public record Variables(Map<String, Located<EnvValue>> env, List<String> envFiles, List<Located<String>> secrets) {
}
