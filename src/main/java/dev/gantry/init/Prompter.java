package dev.gantry.init;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Asks a question on a terminal, showing the default; Enter accepts it, a wrong answer asks again. */
public final class Prompter {

    private final BufferedReader in;
    private final PrintWriter out;

    public Prompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** One of {@code answers}' words; another name of one is taken as that word, anything else asked again. */
    public String choose(String question, Answers answers, String defaultAnswer) throws IOException {
        while (true) {
            String answer = ask(question + " (" + String.join(", ", answers.words()) + ")", defaultAnswer, a -> true,
                    "");
            if (answers.resolve(answer).isPresent()) {
                return answers.resolve(answer).get();
            }
            out.println("  " + answers.hint(answer));
        }
    }

    public String ask(String question, String defaultAnswer, Predicate<String> valid, String expected)
            throws IOException {
        while (true) {
            out.print(question + " [" + defaultAnswer + "]: ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return defaultAnswer;
            }
            String answer = line.strip().isEmpty() ? defaultAnswer : line.strip();
            if (valid.test(answer)) {
                return answer;
            }
            out.println("  please answer " + expected);
        }
    }

    public List<String> chooseMany(String question, List<String> answers, List<String> defaults) throws IOException {
        String answer = ask(question + " (comma-separated: " + String.join(", ", answers) + ")",
                String.join(",", defaults),
                a -> !split(a).isEmpty() && answers.containsAll(split(a)), "a comma-separated list of "
                        + String.join(", ", answers));
        return split(answer);
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank() && !out.contains(part.strip())) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
