package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the diff.
 */
final class Golden {
    /** Where the golden files live, relative to the module. */
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).isRegularFile();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path seen = Path.of("target/golden-actual").resolve(name);
            Files.createDirectories(seen.getParent());
            Files.writeString(seen, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("output differs from %s (what came out: target/golden-actual/%s)", file, name)
                .isEqualTo(expected);
    }
}
