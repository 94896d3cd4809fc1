package dev.sipdiag.report;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.InputSummary;
import java.util.List;
import java.util.Map;

/**
 * What a shared report shows.
 *
 * @param input    what was read
 * @param result   the whole analysis (summary counts, metrics, response codes)
 * @param calls    the calls to list (all of them, or those the user filtered)
 * @param messages raw messages of the calls to draw ladders for, by input index (see {@link MessageCollector})
 */
public record ReportData(InputSummary input, AnalysisResult result, List<Call> calls,
                         Map<Integer, CapturedMessage> messages) {
}
