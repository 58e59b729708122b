package dev.gantry.load;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads an environment file from disk as strict UTF-8, within a size limit. */
public final class SourceReader {

    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private SourceReader() {
    }

    public static Optional<SourceFile> read(Path path, String displayName, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                diagnostics.report(Problem.FILE_IS_DIRECTORY, Position.UNKNOWN);
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.report(Problem.FILE_TOO_LARGE, Position.UNKNOWN, size, MAX_BYTES);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            diagnostics.report(Problem.FILE_NOT_FOUND, Position.UNKNOWN);
            return Optional.empty();
        } catch (AccessDeniedException e) {
            diagnostics.report(Problem.FILE_NOT_PERMITTED, Position.UNKNOWN);
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Problem.FILE_READ_FAILED, Position.UNKNOWN, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        return decode(bytes, diagnostics).map(text -> new SourceFile(path, displayName, text));
    }

    /** Decodes strict UTF-8; on a malformed byte, reports the line and column where it stands. */
    static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            diagnostics.report(Problem.INVALID_UTF8, positionAtEnd(out),
                    String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xff), in.position());
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return Optional.of(text);
    }

    private static Position positionAtEnd(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
