package dev.sipdiag.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "what went wrong" digest of the analyze summary. */
class FindingDigestTest {

    private static Finding f(String rule, String severity, String text) {
        return new Finding(rule, Category.NETWORK, severity, text, List.of());
    }

    private static Exchange x(String method, String outcome, List<Finding> findings) {
        return new Exchange(method, "id", null, null, null, null, 0, 1, 0, 0, null, outcome, null, null, List.of(),
                findings);
    }

    @Test
    void countsEachExchangeOncePerRuleWorstFirst() {
        FindingDigest d = new FindingDigest();
        d.add(x("OPTIONS", "no-response", List.of(f("scanner", "info", "first scanner"), f("sweep", "warning", "a"))));
        d.add(x("OPTIONS", "no-response", List.of(f("scanner", "info", "second"), f("scanner", "info", "again"))));
        d.add(x("REGISTER", "auth-failed", List.of(f("auth-rejected", "error", "wrong password"))));
        d.add(x("REGISTER", "registered", List.of()));

        assertThat(d.rules()).extracting(FindingDigest.Entry::rule).containsExactly("auth-rejected", "sweep", "scanner");
        assertThat(d.rules().get(2).count()).as("two exchanges, three scanner findings").isEqualTo(2);
        assertThat(d.rules().get(2).example()).isEqualTo("first scanner");
        assertThat(d.exchangeOutcomes()).containsEntry("OPTIONS", Map.of("no-response", 2))
                .containsEntry("REGISTER", Map.of("auth-failed", 1, "registered", 1));
    }
}
