package dev.sipdiag.analysis.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What went wrong across the whole input, counted while calls and exchanges stream past: how many carry each
 * finding (by rule, with its severity and the first message as an example), and the exchanges by method and
 * outcome. The summary a reader needs before the list: "2,000 calls hit the NAT rule", "20,000 OPTIONS from a
 * scanner". Memory is one entry per rule and per method/outcome pair.
 */
final class FindingDigest {
    /** One rule's count across calls and exchanges. */
    record Entry(String rule, String severity, int count, String example) {
    }

    private final Map<String, Entry> byRule = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> exchangeOutcomes = new TreeMap<>();

    void add(Call c) {
        add(c.findings());
    }

    void add(Exchange x) {
        exchangeOutcomes.computeIfAbsent(x.method(), k -> new TreeMap<>()).merge(x.outcome(), 1, Integer::sum);
        add(x.findings());
    }

    private void add(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (firstOfRule(findings, i)) { // a call counts once per rule, however many findings of it it has
                byRule.merge(f.rule(), new Entry(f.rule(), f.severity(), 1, f.message()),
                        (a, b) -> new Entry(a.rule(), worse(a.severity(), b.severity()), a.count() + 1, a.example()));
            }
        }
    }

    private static boolean firstOfRule(List<Finding> findings, int i) {
        for (int k = 0; k < i; k++) {
            if (findings.get(k).rule().equals(findings.get(i).rule())) {
                return false;
            }
        }
        return true;
    }

    private static String worse(String a, String b) {
        return rank(b) < rank(a) ? b : a;
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    /** The rules, worst severity first, then by how many calls and exchanges carry them. */
    List<Entry> rules() {
        List<Entry> out = new ArrayList<>(byRule.values());
        out.sort(Comparator.comparingInt((Entry e) -> rank(e.severity())).thenComparing(Comparator
                .comparingInt(Entry::count).reversed()).thenComparing(Entry::rule));
        return out;
    }

    /** Exchanges by method, then outcome, with counts (sorted). */
    Map<String, Map<String, Integer>> exchangeOutcomes() {
        return exchangeOutcomes;
    }
}
