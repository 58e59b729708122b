package dev.gantry.model.platformsh;

import dev.gantry.model.Located;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The disk (in MiB), container size and memory of an application or worker, where the user gave
 * them; Platform.sh's own sizing otherwise. Upsun sizes containers outside its configuration.
 */
public record Sizing(Optional<Located<Long>> diskMiB, Optional<Located<Size>> size,
        Optional<Located<Resources>> resources) {

    public static final Sizing NONE = new Sizing(Optional.empty(), Optional.empty(), Optional.empty());

    /** {@code size}: the container size in production. */
    public enum Size {
        AUTO("AUTO"), S("S"), M("M"), L("L"), XL("XL"), XXL("2XL"), XXXXL("4XL");

        private final String value;

        Size(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Size of(String value) {
            return java.util.Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst().orElseThrow();
        }
    }

    /** {@code resources}: memory in MB per instance and per CPU. */
    public record Resources(OptionalInt baseMemory, OptionalInt memoryRatio) {
    }

    public boolean isEmpty() {
        return diskMiB.isEmpty() && size.isEmpty() && resources.isEmpty();
    }
}
