package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
final class Collector implements PayloadSink {
    final List<Payload> payloads = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    LogStats stats;

    @Override
    public void payload(Payload payload) {
        payloads.add(payload);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** Reads {@code log} (UTF-8 text) with {@code format}. */
    static Collector read(LineLogFormat format, String log) throws IOException {
        Collector collector = new Collector();
        collector.stats = format.scan(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), collector);
        return collector;
    }

    /** The payloads' data as text. */
    List<String> texts() {
        return payloads.stream().map(p -> new String(p.data(), StandardCharsets.UTF_8)).toList();
    }
}
