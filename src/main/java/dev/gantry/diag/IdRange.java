package dev.gantry.diag;

import java.util.Arrays;

/**
 * Where an id stands in the catalogue. The letter is the severity; the number says what the problem
 * is about. E0xx and E1xx concern environment.yaml itself, their tens digit the stage that finds
 * the problem (E1xx continues a stage of E0xx whose numbers are used up: E101 is a reading problem
 * like E001); W1xx are warnings about environment.yaml; each target has a hundred of its own, for
 * errors and warnings alike; E9xx and W9xx concern the files given to {@code gantry import}.
 */
public enum IdRange {
    READING("Reading environment.yaml", 'E', 0, 0, 1),
    SCHEMA("The schema", 'E', 0, 2, 3),
    REFERENCES("References and structure", 'E', 0, 4, 5),
    RULES("Rules a schema cannot express", 'E', 0, 6),
    TARGET_NEEDS("What a deployment target needs", 'E', 0, 7),
    COMMAND_LINE("The command line, checked against the file", 'E', 0, 8, 9),
    WARNINGS("Warnings about environment.yaml", 'W', 1),
    LOCAL("Images, Dockerfiles and the local run (compose)", ' ', 2),
    ECS("AWS ECS", ' ', 3),
    PLATFORMSH("Platform.sh and Upsun", ' ', 4),
    MACHINE("docker-machine", ' ', 5),
    PIPELINES("CI/CD pipelines", ' ', 6),
    KUBERNETES("Kubernetes", ' ', 7),
    OTHER_TARGETS("Other targets", ' ', 8),
    IMPORT("Files given to gantry import", ' ', 9);

    private final String title;
    private final char letter;
    private final int hundreds;
    private final int[] tens;

    /** {@code letter} ' ' takes both; {@code tens} empty takes the whole hundred. */
    IdRange(String title, char letter, int hundreds, int... tens) {
        this.title = title;
        this.letter = letter;
        this.hundreds = hundreds;
        this.tens = tens;
    }

    public String title() {
        return title;
    }

    /** The range of {@code id} ({@code E020}, {@code W301}); E1xx counts as the E0xx stage of its tens digit. */
    public static IdRange of(String id) {
        char letter = id.charAt(0);
        int number = Integer.parseInt(id.substring(1));
        int hundreds = letter == 'E' && number / 100 == 1 ? 0 : number / 100;
        int ten = number / 10 % 10;
        return Arrays.stream(values())
                .filter(r -> r.hundreds == hundreds && (r.letter == ' ' || r.letter == letter))
                .filter(r -> r.tens.length == 0 || Arrays.stream(r.tens).anyMatch(t -> t == ten))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no range holds " + id));
    }
}
