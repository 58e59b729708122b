package dev.gantry.plan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortest gap between two runs of a cron within an hour, as the five-minute rule reads it. */
class CronSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "* * * * *|1",
        "*/2 * * * *|2",
        "*/5 * * * *|5",
        "*/19 * * * *|19",
        "0,3,30 * * * *|3",
        "10-20/5 * * * *|5",
        "7 * * * *|60",
        "0 3 * * *|60",
        "H/5 * * * *|-1",
        "*/0 * * * *|-1",
        "61 * * * *|-1"})
    void readsTheMinuteField(String spec, int gap) {
        assertEquals(gap < 0 ? OptionalInt.empty() : OptionalInt.of(gap), CronSpec.shortestGap(spec));
    }
}
