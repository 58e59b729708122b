package dev.gantry.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder of fake command-line tools (from src/test/resources/fakes) put first on PATH, which
 * record every call with exact argument boundaries and keep their state in files.
 */
public final class FakeBin {

    private final Path bin;
    private final Path state;

    /** The fakes are bash scripts: without bash the calling test is skipped (or fails, see {@link Tools}). */
    public FakeBin(Path dir, String... tools) throws IOException {
        Tools.require("bash");
        bin = Files.createDirectories(dir.resolve("bin"));
        state = Files.createDirectories(dir.resolve("state"));
        for (String tool : tools) {
            Path target = bin.resolve(tool);
            Files.copy(Path.of("src/test/resources/fakes", tool), target);
            target.toFile().setExecutable(true);
        }
        Files.createFile(state.resolve("calls"));
    }

    public Path state() {
        return state;
    }

    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("FAKE_STATE", state.toString());
        return env;
    }

    /** Every call so far, each as the tool name followed by its arguments. */
    public List<List<String>> calls() throws IOException {
        String text = Files.readString(state.resolve("calls"), StandardCharsets.UTF_8);
        List<List<String>> calls = new ArrayList<>();
        for (String record : text.split("\u001e")) {
            if (!record.isEmpty()) {
                calls.add(Arrays.asList(record.substring(0, record.length() - 1).split("\0", -1)));
            }
        }
        return calls;
    }

    public void clear() throws IOException {
        Files.writeString(state.resolve("calls"), "");
    }

    public void touch(String relative, String content) throws IOException {
        Path file = state.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
