package dev.gantry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

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

    /**
     * An option that takes one of the constants of {@code type}, each written as its name in lower
     * case: shell completion offers exactly these words, and they are what it accepts (in any case).
     */
    static <E extends Enum<E>> TypedOption<E> choice(Class<E> type, OptionSpec.Builder option) {
        Choice<E> choice = new Choice<>(type);
        return new TypedOption<>(option.type(type).completionCandidates(choice.words).converters(choice).build());
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

    /** The words of a {@link #choice} option, and their conversion to the constants they name. */
    private static final class Choice<E extends Enum<E>> implements ITypeConverter<E> {

        private final E[] constants;
        private final List<String> words = new ArrayList<>();

        Choice(Class<E> type) {
            constants = type.getEnumConstants();
            for (E constant : constants) {
                words.add(constant.name().toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public E convert(String value) {
            for (E constant : constants) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new TypeConversionException("expected " + String.join(", ", words.subList(0, words.size() - 1))
                    + " or " + words.get(words.size() - 1) + ", not '" + value + "'");
        }
    }
}
