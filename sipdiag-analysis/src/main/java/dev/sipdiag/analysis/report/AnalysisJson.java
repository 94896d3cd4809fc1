package dev.sipdiag.analysis.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Grouping;
import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.analysis.Metrics;
import dev.sipdiag.analysis.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an analysis as JSON (schema 1, documented in the README under "JSON: analyze"). Streams through a
 * Jackson generator, so a 20,000-call report is never built as a tree. Fields are only ever added.
 */
public final class AnalysisJson {
    /** Version of the JSON contract; bumped only for incompatible changes. */
    public static final int SCHEMA = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {
    }

    /** Writes the report from what {@link AnalysisReport} gathered; listed calls come pre-serialized. */
    static void write(OutputStream out, InputSummary input, AnalysisResult r, Map<String, Integer> outcomes,
                      FindingDigest digest, Metrics metrics,
                      Map<String, Map.Entry<Map<String, Integer>, Metrics>> groups, Grouping groupBy, Spool calls,
                      Spool exchanges, String lang) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schema", SCHEMA);
            g.writeStringField("lang", lang);
            g.writeObjectFieldStart("summary");
            g.writeArrayFieldStart("inputs");
            for (String i : input.inputs()) {
                g.writeString(i);
            }
            g.writeEndArray();
            g.writeNumberField("packets", input.packets());
            g.writeNumberField("sipMessages", input.sipMessages());
            g.writeObjectFieldStart("skipped");
            for (Map.Entry<String, Long> e : input.skipped().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String n : input.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeNumberField("calls", r.callCount());
            g.writeObjectFieldStart("outcomes");
            for (Map.Entry<String, Integer> e : outcomes.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("exchanges", r.exchangeCount());
            g.writeObjectFieldStart("exchangeOutcomes");
            for (Map.Entry<String, Map<String, Integer>> e : digest.exchangeOutcomes().entrySet()) {
                counts(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (FindingDigest.Entry e : digest.rules()) {
                g.writeStartObject();
                g.writeStringField("rule", e.rule());
                g.writeStringField("severity", e.severity());
                g.writeNumberField("count", e.count());
                g.writeStringField("example", e.example());
                g.writeEndObject();
            }
            g.writeEndArray();
            time(g, "firstTime", r.firstTimeNanos() == Long.MIN_VALUE ? -1 : r.firstTimeNanos() / 1_000_000L);
            time(g, "lastTime", r.lastTimeNanos() == Long.MIN_VALUE ? -1 : r.lastTimeNanos() / 1_000_000L);
            g.writeEndObject();

            g.writeObjectFieldStart("messages");
            counts(g, "requests", r.requests());
            counts(g, "responses", r.responses());
            g.writeObjectFieldStart("responsesByMethod");
            for (Map.Entry<String, Map<String, Integer>> e : r.responsesByMethod().entrySet()) {
                counts(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("calls");
            calls.forEachSorted(bytes -> g.writeRawValue(new RawUtf8(bytes)));
            g.writeEndArray();
            g.writeArrayFieldStart("exchanges");
            exchanges.forEachSorted(bytes -> g.writeRawValue(new RawUtf8(bytes)));
            g.writeEndArray();
            g.writeFieldName("metrics");
            metrics(g, metrics);
            if (groupBy != null) {
                g.writeObjectFieldStart("groups");
                g.writeStringField("by", groupBy.name().toLowerCase(java.util.Locale.ROOT));
                g.writeArrayFieldStart("groups");
                for (Map.Entry<String, Map.Entry<Map<String, Integer>, Metrics>> e : groups.entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("key", e.getKey());
                    g.writeObjectFieldStart("outcomes");
                    for (Map.Entry<String, Integer> o : e.getValue().getKey().entrySet()) {
                        g.writeNumberField(o.getKey(), o.getValue());
                    }
                    g.writeEndObject();
                    g.writeFieldName("metrics");
                    metrics(g, e.getValue().getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Calls by outcome id, every outcome present (zero when none), in the enum's order. */
    public static Map<String, Integer> outcomes(List<Call> calls) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            m.put(o.id(), 0);
        }
        for (Call c : calls) {
            m.merge(c.outcome().id(), 1, Integer::sum);
        }
        return m;
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String name, long ms) throws IOException {
        if (ms < 0) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, java.time.Instant.ofEpochMilli(ms).toString());
        }
    }

    private static void str(JsonGenerator g, String name, String v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, v);
        }
    }

    private static void num(JsonGenerator g, String name, Number v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else if (v instanceof Double d) {
            g.writeNumberField(name, d);
        } else {
            g.writeNumberField(name, v.longValue());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> v) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : v) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    static void call(JsonGenerator g, Call c) throws IOException {
        g.writeStartObject();
        g.writeStringField("callId", c.callId());
        str(g, "from", c.from());
        str(g, "to", c.to());
        str(g, "fromUser", c.fromUser());
        str(g, "toUser", c.toUser());
        str(g, "requestUri", c.requestUri());
        str(g, "assertedIdentity", c.assertedIdentity());
        time(g, "startTime", c.startTime());
        g.writeStringField("outcome", c.outcome().id());
        num(g, "finalStatus", c.finalStatus());
        str(g, "finalPhrase", c.finalPhrase());
        str(g, "reason", c.reason());
        str(g, "warning", c.warning());
        num(g, "postDialDelayMs", c.postDialDelayMs());
        num(g, "setupMs", c.setupMs());
        num(g, "ringMs", c.ringMs());
        num(g, "durationMs", c.durationMs());
        num(g, "finalMs", c.finalMs());
        num(g, "disconnectMs", c.disconnectMs());
        str(g, "endedBy", c.endedBy());
        g.writeNumberField("authChallenges", c.authChallenges());
        g.writeBooleanField("redirectFollowed", c.redirectFollowed());
        str(g, "callerAgent", c.callerAgent());
        str(g, "calleeAgent", c.calleeAgent());
        g.writeNumberField("hops", c.hops());
        strings(g, "codecsOffered", c.codecsOffered());
        strings(g, "codecsAnswered", c.codecsAnswered());
        g.writeNumberField("retransmissions", c.retransmissions());
        g.writeArrayFieldStart("legs");
        for (Call.Leg l : c.legs()) {
            g.writeStartObject();
            g.writeStringField("callId", l.callId());
            str(g, "source", l.source());
            str(g, "destination", l.destination());
            str(g, "transport", l.transport());
            g.writeStringField("outcome", l.outcome().id());
            num(g, "finalStatus", l.finalStatus());
            g.writeNumberField("invites", l.invites());
            g.writeNumberField("retransmissions", l.retransmissions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("messageCount", c.messages().size());
        findings(g, c.findings());
        g.writeEndObject();
    }

    static void exchange(JsonGenerator g, Exchange x) throws IOException {
        g.writeStartObject();
        g.writeStringField("method", x.method());
        g.writeStringField("callId", x.callId());
        str(g, "from", x.from());
        str(g, "to", x.to());
        str(g, "source", x.source());
        str(g, "destination", x.destination());
        time(g, "startTime", x.startTime());
        g.writeNumberField("requests", x.requests());
        g.writeNumberField("retransmissions", x.retransmissions());
        g.writeNumberField("authChallenges", x.authChallenges());
        num(g, "finalStatus", x.finalStatus());
        g.writeStringField("outcome", x.outcome());
        num(g, "durationMs", x.durationMs());
        str(g, "userAgent", x.userAgent());
        g.writeNumberField("messageCount", x.messages().size());
        findings(g, x.findings());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("category", f.category().id());
            g.writeStringField("severity", f.severity());
            g.writeStringField("message", f.message());
            g.writeArrayFieldStart("messages");
            for (int i : f.messages()) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void metrics(JsonGenerator g, Metrics m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sessionAttempts", m.sessionAttempts());
        stat(g, "srdSuccessMs", m.srdSuccessMs());
        stat(g, "srdFailureMs", m.srdFailureMs());
        stat(g, "sddMs", m.sddMs());
        stat(g, "sdtMs", m.sdtMs());
        num(g, "ser", m.ser());
        num(g, "seer", m.seer());
        num(g, "isa", m.isa());
        num(g, "scr", m.scr());
        stat(g, "rrdMs", m.rrdMs());
        num(g, "ira", m.ira());
        g.writeNumberField("registrations", m.registrations());
        num(g, "asr", m.asr());
        num(g, "ner", m.ner());
        g.writeEndObject();
    }

    private static void stat(JsonGenerator g, String name, Metrics.Stat s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", s.count());
        num(g, "mean", s.mean());
        num(g, "median", s.median());
        num(g, "p95", s.p95());
        num(g, "max", s.max());
        g.writeEndObject();
    }
}
