package dev.sipdiag.report;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.InputSummary;
import java.util.Map;

/**
 * What a shared report shows.
 *
 * @param input    what was read
 * @param result   the whole analysis (summary counts, response codes); its call and exchange lists may be empty,
 *                 as from a streaming analyser: the report reads the calls from {@code calls}
 * @param calls    the calls, digested as the analyser concluded them (all counted; those the user filtered listed)
 * @param messages raw messages of the calls to draw ladders for, by input index (see {@link MessageCollector})
 */
public record ReportData(InputSummary input, AnalysisResult result, CallDigest calls,
                         Map<Integer, CapturedMessage> messages) {
}
