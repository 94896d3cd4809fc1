package dev.sipdiag.report;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.SipEvents;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds test captures (the repo's copies under sipdiag-capture's test resources, else {@code ../shared} beside
 * the clone, as CI lays it out) and analyses them the way the CLI does: one pass for the analysis, a second
 * for the raw messages of the calls a report details.
 */
final class Captures {
    private Captures() {
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("sipdiag"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("tests must run inside the sipdiag repository");
        }
        return p;
    }

    /** A capture named relative to {@code ../shared}, from the repo's copy when there is one. */
    static Path capture(String sharedPath) {
        Path root = repoRoot();
        String name = Path.of(sharedPath).getFileName().toString();
        for (Path p : List.of(root.resolve("sipdiag-capture/src/test/resources/captures").resolve(name),
                root.resolveSibling("shared").resolve(sharedPath))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(sharedPath + " is neither in the repo nor in ../shared");
    }

    /** Analyses the file and keeps the messages of the calls {@code detail} picks. */
    static ReportData analyse(Path file, Locale lang, Function<CallDigest, List<Call>> detail) {
        return analyse(List.of(file), lang, detail);
    }

    /** Analyses the files as one input and keeps the messages of the calls {@code detail} picks. */
    static ReportData analyse(List<Path> files, Locale lang, Function<CallDigest, List<Call>> detail) {
        return analyse(files, lang, (digest, all) -> detail.apply(digest));
    }

    /** Analyses the file keeping the messages of every call. */
    static ReportData analyseAll(Path file, Locale lang) {
        return analyse(List.of(file), lang, (digest, all) -> all);
    }

    /**
     * As the CLI does: a streaming analyser feeds a digest (with table rows, so both reports can render it); the
     * result also lists every call and exchange by start time, as a collecting analyser's would, for tests that
     * draw one call.
     */
    private static ReportData analyse(List<Path> files, Locale lang,
                                      BiFunction<CallDigest, List<Call>, List<Call>> detail) {
        try {
            CallDigest digest = new CallDigest(new Labels(lang), c -> true);
            List<Call> calls = new ArrayList<>();
            List<Exchange> exchanges = new ArrayList<>();
            CallAnalyzer analyzer = new CallAnalyzer(lang, c -> {
                calls.add(c);
                digest.call(c);
            }, x -> {
                exchanges.add(x);
                digest.exchange(x);
            });
            SipInput in = new SipInput(InputFormat.AUTO, null, lang, p -> {
                SipEvent e = SipEvents.of(p);
                if (e != null) {
                    analyzer.accept(e);
                }
            }, problem -> { });
            for (Path file : files) {
                in.read(file.toString());
            }
            AnalysisResult r = analyzer.finish();
            calls.sort(Comparator.comparingLong(Call::startTime));
            exchanges.sort(Comparator.comparingLong(Exchange::startTime));
            AnalysisResult listed = new AnalysisResult(r.messages(), r.requests(), r.responses(), r.responsesByMethod(),
                    List.copyOf(calls), List.copyOf(exchanges), r.firstTimeNanos(), r.lastTimeNanos(), r.callCount(),
                    r.exchangeCount());
            MessageCollector collector = MessageCollector.forCalls(detail.apply(digest, listed.calls()));
            SipInput again = new SipInput(InputFormat.AUTO, null, lang, collector, problem -> { });
            for (Path file : files) {
                again.read(file.toString());
            }
            return new ReportData(in.summary(), listed, digest, collector.messages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
