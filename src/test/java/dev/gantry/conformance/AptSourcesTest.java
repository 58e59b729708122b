package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AptSourcesTest {

    @Test
    void deb822TakesTheStanzaOfTheSuiteNotTheSecurityOne() {
        String text = """
                Types: deb
                # http://snapshot.example.org/archive/debian-security/20250520T000000Z
                URIs: http://security.example.org/debian-security
                Suites: bookworm-security
                Components: main

                Types: deb-src
                URIs: http://src.example.org/debian
                Suites: bookworm

                Types: deb
                URIs: http://off.example.org/debian
                Suites: bookworm
                Enabled: no

                Types: deb deb-src
                URIs: http://mirror.example.org/debian
                  http://second.example.org/debian
                Suites: bookworm bookworm-updates
                Components: main
                Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
                """;
        assertEquals(Optional.of("http://mirror.example.org/debian"), AptSources.fromDeb822(text, "bookworm"));
        assertEquals(Optional.empty(), AptSources.fromDeb822(text, "trixie"));
    }

    @Test
    void oneLineFormatSkipsCommentsOptionsAndOtherSuites() {
        String text = """
                # deb http://commented.example.org/debian bookworm main
                deb-src http://src.example.org/debian bookworm main
                deb cdrom:[Debian GNU/Linux 12]/ bookworm main
                deb http://security.example.org/debian-security bookworm-security main
                deb [arch=amd64 signed-by=/usr/share/keyrings/x.gpg] https://mirror.example.org/debian bookworm main
                """;
        assertEquals(Optional.of("https://mirror.example.org/debian"), AptSources.fromOneLine(text, "bookworm"));
    }

    @Test
    void sourcesListComesFirstThenTheFolderInNameOrderElseNone(@TempDir Path etcApt) throws IOException {
        assertEquals(Optional.empty(), AptSources.mirror(etcApt, "bookworm"));
        Files.createDirectories(etcApt.resolve("sources.list.d"));
        Files.writeString(etcApt.resolve("sources.list.d/b.sources"),
                "Types: deb\nURIs: http://b/debian\nSuites: bookworm\n");
        Files.writeString(etcApt.resolve("sources.list.d/a.list"), "deb http://a/debian bookworm main\n");
        assertEquals(Optional.of("http://a/debian"), AptSources.mirror(etcApt, "bookworm"));
        Files.writeString(etcApt.resolve("sources.list"), "deb http://main/debian bookworm main\n");
        assertEquals(Optional.of("http://main/debian"), AptSources.mirror(etcApt, "bookworm"));
    }
}
