package dev.gantry.bind.machine;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.machine.CreateArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a value of environment.yaml becomes arguments of {@code docker-machine create}, and the text
 * {@code docker-machine inspect} shows for it afterwards (when the driver keeps it as one value).
 */
enum Encoding {

    /** {@code --flag value}. */
    VALUE {
        @Override
        Optional<String> kept(YNode value) {
            return Optional.of(text(value));
        }
    },

    /** {@code --flag path}; a leading {@code ~/} stands for the home folder of whoever runs the script. */
    PATH {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            String path = text(value);
            out.add(path.startsWith("~/") ? new CreateArg(flag, path.substring(2), true) : CreateArg.of(flag, path));
        }
    },

    /** {@code --flag} when true. */
    SWITCH {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            if (Boolean.TRUE.equals(((YScalar) value).value())) {
                out.add(CreateArg.flag(flag));
            }
        }

        @Override
        Optional<String> kept(YNode value) {
            return Optional.of(text(value));
        }
    },

    /** {@code --flag} unless set to false: a safe default that can be turned off. */
    SWITCH_UNLESS_FALSE {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            if (!Boolean.FALSE.equals(((YScalar) value).value())) {
                out.add(CreateArg.flag(flag));
            }
        }

        @Override
        void absent(String flag, List<CreateArg> out) {
            out.add(CreateArg.flag(flag));
        }
    },

    /** {@code --flag item} for each item of a list. */
    EACH {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            items(value).forEach(item -> out.add(CreateArg.of(flag, item)));
        }
    },

    /** {@code --flag a,b,c}: the driver splits the one value at commas. */
    JOINED {
        @Override
        Optional<String> kept(YNode value) {
            return Optional.of(String.join(",", items(value)));
        }
    },

    /** {@code --flag key1,value1,key2,value2} from a mapping (amazonec2 tags). */
    PAIRS {
        @Override
        Optional<String> kept(YNode value) {
            List<String> out = new ArrayList<>();
            ((YMap) value).entries().forEach((k, e) -> {
                out.add(k);
                out.add(text(e.value()));
            });
            return Optional.of(String.join(",", out));
        }
    },

    /** {@code --flag key=value} for each entry of a mapping (engine labels). */
    EACH_ASSIGNMENT {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            ((YMap) value).entries().forEach((k, e) -> out.add(CreateArg.of(flag, k + "=" + text(e.value()))));
        }
    },

    /** amazonec2 spot instances: {@code true}, or {@code {max_price}} which adds {@code --amazonec2-spot-price}. */
    SPOT {
        @Override
        void encode(String flag, YNode value, List<CreateArg> out) {
            if (value instanceof YMap settings) {
                out.add(CreateArg.flag(flag));
                settings.get("max_price")
                        .ifPresent(price -> out.add(CreateArg.of("--amazonec2-spot-price", text(price))));
            } else {
                SWITCH.encode(flag, value, out);
            }
        }
    };

    /** The arguments for a value; unless overridden, one: {@code --flag} and the value as the driver keeps it. */
    void encode(String flag, YNode value, List<CreateArg> out) {
        out.add(CreateArg.of(flag, kept(value).orElseThrow()));
    }

    /** The arguments when environment.yaml does not give the option: none, unless the default is a flag. */
    void absent(String flag, List<CreateArg> out) {
    }

    /**
     * The value as the driver keeps it in its configuration, which {@code docker-machine inspect}
     * shows once the machine exists; empty when it keeps no single value to compare.
     */
    Optional<String> kept(YNode value) {
        return Optional.empty();
    }

    /** A scalar as docker-machine should read it: integers in decimal (never octal or hex), booleans true/false. */
    private static String text(YNode value) {
        YScalar scalar = (YScalar) value;
        return scalar.value() instanceof String s ? s : String.valueOf(scalar.value());
    }

    private static List<String> items(YNode value) {
        List<String> out = new ArrayList<>();
        ((YSeq) value).items().forEach(item -> out.add(text(item)));
        return out;
    }
}
