package dev.sipdiag.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything one read delivered, for assertions. */
public record Collected(List<Payload> payloads, List<Problem> problems, CaptureStats stats) {
    public static Collected read(byte[] capture) {
        return read(new ByteArrayInputStream(capture), CaptureOptions.defaults().withFramers(TestFramer::new));
    }

    public static Collected read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, CaptureOptions.defaults().withFramers(TestFramer::new));
        }
    }

    public static Collected read(InputStream in, CaptureOptions options) {
        List<Payload> payloads = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            CaptureStats stats = CaptureReader.read(in, options, new PayloadSink() {
                @Override
                public void payload(Payload payload) {
                    payloads.add(payload);
                }

                @Override
                public void problem(Problem problem) {
                    if (problem.message().equals(problem.reason())) {
                        throw new AssertionError("no text for problem " + problem.reason());
                    }
                    problems.add(problem);
                }
            });
            return new Collected(payloads, problems, stats);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public List<Payload> of(Transport transport) {
        return payloads.stream().filter(p -> p.transport() == transport).toList();
    }

    public List<String> reasons() {
        return problems.stream().map(Problem::reason).toList();
    }

    /** Frames counted under every outcome add up to the frames read. */
    public boolean accountedFor() {
        return stats.framesByOutcome().values().stream().mapToLong(Long::longValue).sum() == stats.frames();
    }
}
