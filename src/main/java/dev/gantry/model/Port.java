package dev.gantry.model;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

public record Port(int target, OptionalInt published, Optional<String> hostIp, Protocol protocol) {

    public enum Protocol {
        TCP, UDP;

        /** The protocol as compose and ECS write it: {@code tcp}, {@code udp}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code 9000}, {@code 9000/udp}: the container port as compose writes it, tcp being the default. */
    public String containerPort() {
        return target + (protocol == Protocol.TCP ? "" : "/" + protocol.value());
    }
}
