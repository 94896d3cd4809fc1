package dev.sipdiag.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds test captures: the repo's copies first, else {@code ../shared} beside the clone (CI's layout). */
final class TestCaptures {
    private TestCaptures() {
    }

    static String path(String sharedPath) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("sipdiag"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("tests must run inside the sipdiag repository");
        }
        String name = Path.of(sharedPath).getFileName().toString();
        for (Path c : List.of(p.resolve("sipdiag-capture/src/test/resources/captures").resolve(name),
                p.resolveSibling("shared").resolve(sharedPath))) {
            if (Files.isRegularFile(c)) {
                return c.toString();
            }
        }
        throw new IllegalStateException(sharedPath + " is neither in the repo nor in ../shared");
    }
}
