package dev.gantry.cli;

import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option declared in code, read back with its type. Gantry's commands declare their options so,
 * not with picocli's annotations, which cost every start a dynamic proxy class per annotation type
 * and reflection on each field. picocli keeps the parsed value in the {@link OptionSpec} itself (its
 * default binding), so a command holds its options as fields and reads each with {@link #value},
 * without a name lookup or a cast at the place of use.
 */
final class TypedOption<T> {

    private final OptionSpec spec;

    private TypedOption(OptionSpec spec) {
        this.spec = spec;
    }

    /** An option that takes one value of {@code type}: its default value, or null, until given. */
    static <T> TypedOption<T> of(Class<T> type, OptionSpec.Builder option) {
        return new TypedOption<>(option.type(type).build());
    }

    /** An option that takes no value: false until given. */
    static TypedOption<Boolean> flag(OptionSpec.Builder option) {
        return new TypedOption<>(option.type(boolean.class).initialValue(false).build());
    }

    /** An option that may be given more than once: its values in the order given, none until given. */
    static TypedOption<List<String>> strings(OptionSpec.Builder option) {
        return new TypedOption<>(option.type(List.class).auxiliaryTypes(String.class).initialValue(List.of()).build());
    }

    OptionSpec spec() {
        return spec;
    }

    T value() {
        return spec.getValue();
    }

    /** The value, or {@code fallback} when the option was not given and has no default. */
    T valueOr(T fallback) {
        T value = value();
        return value != null ? value : fallback;
    }
}
