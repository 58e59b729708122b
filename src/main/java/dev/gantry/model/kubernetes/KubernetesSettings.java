package dev.gantry.model.kubernetes;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.Locale;
import java.util.Optional;

/**
 * The kubernetes target's settings of one environment ({@code environments.<env>.kubernetes}), with
 * the place of each. {@code at} is the block itself, or the environment's {@code kubernetes} target
 * entry when it has no block. {@code secret} names the Secret the user creates with the values of the
 * environment's secrets, one key each.
 */
public record KubernetesSettings(Position at, String namespace, Optional<Located<String>> tag, String secret,
        Optional<String> imagePullSecret, Optional<String> storageClass, Optional<Located<PodSecurity>> podSecurity,
        Optional<Ingress> ingress) {

    /** The Pod Security Standards, from the most permissive; a namespace enforces one of them. */
    public enum PodSecurity {
        PRIVILEGED, BASELINE, RESTRICTED;

        /** As the namespace label writes it: {@code baseline}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How HTTP reaches the environment from outside the cluster; {@code service} overrides Gantry's choice. */
    public record Ingress(Position at, Optional<String> host, Optional<String> className, Optional<String> tlsSecret,
            Optional<Located<String>> service) {
    }

    /** The place to report a problem with a setting: the key when given, else the block. */
    public Position place(Optional<? extends Located<?>> setting) {
        return setting.map(Located::at).orElse(at);
    }
}
