package dev.gantry.plan.platform;

import java.util.BitSet;
import java.util.OptionalInt;

/**
 * The minute field of a crontab spec, read for one question: the shortest gap between two runs
 * within an hour. Platform.sh and Upsun run crons at most every five minutes; a spec they would
 * refuse or stretch is reported rather than changed. The gap across the hour is not judged
 * (Platform.sh's own Drupal template runs at {@code *}{@code /19}, 57 and then 0), nor are fields this
 * reader does not understand.
 */
public final class CronSpec {

    /** The shortest interval Platform.sh and Upsun run crons at, in minutes. */
    public static final int MIN_INTERVAL = 5;

    private CronSpec() {
    }

    /** The shortest gap in minutes between two runs of {@code spec} in an hour, when its minute field can be read. */
    public static OptionalInt shortestGap(String spec) {
        String minutes = spec.trim().split("\\s+")[0];
        BitSet set = new BitSet(60);
        for (String part : minutes.split(",")) {
            if (!add(part, set)) {
                return OptionalInt.empty();
            }
        }
        if (set.isEmpty()) {
            return OptionalInt.empty();
        }
        int first = set.nextSetBit(0);
        int gap = 60;
        int previous = first;
        for (int m = set.nextSetBit(first + 1); m >= 0; m = set.nextSetBit(m + 1)) {
            gap = Math.min(gap, m - previous);
            previous = m;
        }
        return OptionalInt.of(gap);
    }

    /** Adds the minutes of one list item ({@code *}, {@code 7}, {@code 0-30}, each with {@code /step}). */
    private static boolean add(String part, BitSet set) {
        String[] stepped = part.split("/", -1);
        if (stepped.length > 2 || !stepped[0].matches("\\*|[0-9]{1,2}(-[0-9]{1,2})?")
                || (stepped.length == 2 && !stepped[1].matches("[0-9]{1,2}"))) {
            return false;
        }
        int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
        int from;
        int to;
        if (stepped[0].equals("*")) {
            from = 0;
            to = 59;
        } else {
            String[] range = stepped[0].split("-");
            from = Integer.parseInt(range[0]);
            to = range.length == 2 ? Integer.parseInt(range[1]) : (stepped.length == 2 ? 59 : from);
        }
        if (step == 0 || from > 59 || to > 59 || from > to) {
            return false;
        }
        for (int m = from; m <= to; m += step) {
            set.set(m);
        }
        return true;
    }
}
