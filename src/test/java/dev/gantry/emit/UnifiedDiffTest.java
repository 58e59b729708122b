package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void changedLinesWithThreeLinesOfContext() {
        assertEquals("""
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, UnifiedDiff.between("a/f", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "b/f",
                "1\n2\n3\n4\nfive\n6\n7\n8\n9\n"));
    }

    @Test
    void addedFileAndEqualTexts() {
        assertEquals("--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.between("/dev/null", "", "b/f",
                "x\ny\n"));
        assertEquals("", UnifiedDiff.between("a/f", "same\n", "b/f", "same\n"));
    }

    @Test
    void aMissingLastLineBreakShows() {
        assertEquals("--- a/f\n+++ b/f\n@@ -1,2 +1,1 @@\n x\n-\\ No newline at end of file\n",
                UnifiedDiff.between("a/f", "x", "b/f", "x\n"));
    }
}
