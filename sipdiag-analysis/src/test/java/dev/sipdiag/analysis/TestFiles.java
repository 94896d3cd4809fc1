package dev.sipdiag.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds test captures: small ones copied into the repo (their source noted in the README beside them), larger
 * ones in {@code ../shared} beside the clone, as CI lays it out.
 */
final class TestFiles {
    private TestFiles() {
    }

    /** The repository root: the first parent holding the launcher script. */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("sipdiag")) ) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("tests must run inside the sipdiag repository");
        }
        return p;
    }

    /**
     * A capture named relative to {@code ../shared} ("corpus/pcap/x.pcap", "captures/y.pcap"), taken from the
     * repo's copy when there is one.
     */
    static Path capture(String sharedPath) {
        Path root = repoRoot();
        String name = Path.of(sharedPath).getFileName().toString();
        for (Path p : List.of(root.resolve("sipdiag-capture/src/test/resources/captures").resolve(name),
                root.resolve("sipdiag-analysis/src/test/resources/captures").resolve(name),
                root.resolveSibling("shared").resolve(sharedPath))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(sharedPath + " is neither in the repo nor in ../shared (CI lays ../shared "
                + "beside the clone; see README)");
    }
}
