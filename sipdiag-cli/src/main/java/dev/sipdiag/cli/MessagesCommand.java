package dev.sipdiag.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.SipPacket;
import dev.sipdiag.analysis.input.UnreadableInputException;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipRequest;
import dev.sipdiag.sip.SipResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sipdiag messages}: every SIP message found in the inputs, one line each, then a summary whose request
 * and response counts mean what {@code tshark -q -z sip,stat} means: every message, retransmissions included.
 */
@Command(name = "messages", mixinStandardHelpOptions = true,
        description = "List every SIP message in captures or logs, then what was read and skipped.",
        footer = {"", "Examples:", "  sipdiag messages capture.pcap", "  sipdiag messages big.pcap --summary-only",
            "  sipdiag messages trace.pcapng --format ndjson | jq ."})
public final class MessagesCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "text|json|ndjson", defaultValue = "text",
            description = "text (default), json (one document) or ndjson (one message per line, then the summary).")
    String format;

    @Option(names = "--summary-only", description = "Print only the summary.")
    boolean summaryOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, Long> requests = new TreeMap<>();
    private final Map<String, Long> responses = new TreeMap<>();
    private long unparsed;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        language.validate(cl);
        if (!List.of("text", "json", "ndjson").contains(format)) {
            throw new CommandLine.ParameterException(cl, "--format takes text, json or ndjson; got '" + format + "'");
        }
        PrintWriter out = cl.getOut();
        JsonFactory factory = new JsonFactory();
        JsonGenerator json = null;
        if (format.equals("json")) {
            json = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("messages");
        }
        final JsonGenerator doc = json;
        SipInput in;
        try {
            in = input.read(cl, language.locale(), p -> {
                count(p);
                if (summaryOnly) {
                    return;
                }
                try {
                    switch (format) {
                        case "text" -> out.println(line(p));
                        case "ndjson" -> {
                            JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                            message(g, p);
                            g.close();
                            out.println();
                        }
                        default -> message(doc, p);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, problem -> { });
        } catch (UnreadableInputException e) {
            cl.getErr().println("sipdiag: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        InputSummary s = in.summary();
        switch (format) {
            case "text" -> text(out, s);
            case "ndjson" -> {
                JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeFieldName("summary");
                summary(g, s);
                g.writeEndObject();
                g.close();
                out.println();
            }
            default -> {
                doc.writeEndArray();
                doc.writeFieldName("summary");
                summary(doc, s);
                doc.writeEndObject();
                doc.close();
                out.println();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void count(SipPacket p) {
        SipMessage m = p.message();
        if (m == null) {
            unparsed++;
        } else if (m instanceof SipRequest r) {
            requests.merge(r.method(), 1L, Long::sum);
        } else {
            responses.merge(Integer.toString(((SipResponse) m).statusCode()), 1L, Long::sum);
        }
    }

    private static String line(SipPacket p) {
        Payload pl = p.payload();
        String time = pl.timestampNanos() == Payload.NO_TIME ? "-" : Instant.ofEpochSecond(0, pl.timestampNanos()).toString();
        String route = (pl.source() == null ? "?" : pl.source().toString()) + " -> "
                + (pl.destination() == null ? "?" : pl.destination().toString());
        SipMessage m = p.message();
        if (m == null) {
            return time + "  " + route + "  " + pl.transport() + "  (unparsable: " + p.error().getMessage() + ")";
        }
        String what = m instanceof SipRequest r ? r.method() : ((SipResponse) m).statusCode() + " "
                + nz(((SipResponse) m).reasonPhrase());
        return time + "  " + route + "  " + pl.transport() + "  " + what + "  Call-ID " + nz(m.callId()) + "  CSeq "
                + m.cseqNumber() + " " + nz(m.cseqMethod());
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    private static void message(JsonGenerator g, SipPacket p) throws IOException {
        Payload pl = p.payload();
        g.writeStartObject();
        g.writeNumberField("index", p.index());
        g.writeNumberField("frame", pl.frameNumber());
        if (pl.timestampNanos() == Payload.NO_TIME) {
            g.writeNullField("timeNs");
        } else {
            g.writeNumberField("timeNs", pl.timestampNanos());
        }
        g.writeStringField("transport", pl.transport().name());
        g.writeStringField("source", pl.source() == null ? null : pl.source().toString());
        g.writeStringField("destination", pl.destination() == null ? null : pl.destination().toString());
        g.writeStringField("encapsulation", pl.encapsulation());
        SipMessage m = p.message();
        if (m == null) {
            g.writeStringField("error", p.error().getMessage());
        } else {
            g.writeStringField("kind", m.isRequest() ? "request" : "response");
            if (m instanceof SipRequest r) {
                g.writeStringField("method", r.method());
            } else {
                g.writeNumberField("status", ((SipResponse) m).statusCode());
                g.writeStringField("reason", ((SipResponse) m).reasonPhrase());
            }
            g.writeStringField("callId", m.callId());
            g.writeNumberField("cseq", m.cseqNumber());
            g.writeStringField("cseqMethod", m.cseqMethod());
            g.writeNumberField("warnings", m.issues().size());
        }
        g.writeEndObject();
    }

    private void summary(JsonGenerator g, InputSummary s) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("inputs");
        for (String i : s.inputs()) {
            g.writeString(i);
        }
        g.writeEndArray();
        g.writeNumberField("packets", s.packets());
        g.writeNumberField("sipMessages", s.sipMessages());
        g.writeObjectFieldStart("requests");
        for (Map.Entry<String, Long> e : requests.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("responses");
        for (Map.Entry<String, Long> e : responses.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("skipped");
        for (Map.Entry<String, Long> e : s.skipped().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (String n : s.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void text(PrintWriter out, InputSummary s) {
        if (!summaryOnly) {
            out.println();
        }
        Locale lang = language.locale();
        Labels l = new Labels(lang);
        out.println(l.get("messages.head", String.join(", ", s.inputs()), String.format(lang, "%,d", s.packets()),
                String.format(lang, "%,d", s.sipMessages())));
        String[] labels = {l.get("messages.requests"), l.get("messages.responses"), l.get("messages.skipped")};
        int width = Arrays.stream(labels).mapToInt(String::length).max().orElse(0) + 1;
        String none = l.get("messages.none");
        out.println("  " + pad(labels[0], width) + (requests.isEmpty() ? none : join(requests)));
        out.println("  " + pad(labels[1], width) + (responses.isEmpty() ? none : join(responses)));
        if (!s.skipped().isEmpty()) {
            out.println("  " + pad(labels[2], width) + join(s.skipped()));
        }
        for (String n : s.notes()) {
            out.println("  ! " + n);
        }
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(Math.max(1, width - label.length()));
    }

    private static String join(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
