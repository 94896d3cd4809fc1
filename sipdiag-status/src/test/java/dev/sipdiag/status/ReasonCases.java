package dev.sipdiag.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Reason header case files: blocks of "## name", one input line with placeholders, and result lines
 * starting with a two-character marker ("=>" or "!!"). Test-only; see the files' headers for the format.
 */
final class ReasonCases {

    /** One case: its name, the decoded input, and the result lines after their marker, trimmed. */
    record Case(String name, String input, List<String> results) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ReasonCases() {
    }

    static List<Case> read(String resource, String marker) {
        List<Case> cases = new ArrayList<>();
        String name = null;
        String input = null;
        List<String> results = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.startsWith("## ")) {
                if (name != null) {
                    cases.add(new Case(name, input, List.copyOf(results)));
                }
                name = line.substring(3).strip();
                input = null;
                results.clear();
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (input == null) {
                input = decode(line);
            } else if (line.startsWith(marker)) {
                results.add(line.substring(marker.length()).strip());
            } else {
                throw new IllegalStateException(resource + ": unexpected line in case '" + name + "': " + line);
            }
        }
        if (name != null) {
            cases.add(new Case(name, input, List.copyOf(results)));
        }
        return cases;
    }

    /** Replaces the placeholders, which keep invisible characters visible in the files. */
    static String decode(String line) {
        return line.equals("<EMPTY>") ? "" : line
                .replace("<SP>", " ")
                .replace("<TAB>", "\t")
                .replace("<CR>", "\r")
                .replace("<LF>", "\n");
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ReasonCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
