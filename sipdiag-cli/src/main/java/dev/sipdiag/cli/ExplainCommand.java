package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sipdiag.status.Explanation;
import dev.sipdiag.status.Explanations;
import dev.sipdiag.status.ReasonPhrases;
import dev.sipdiag.status.SipStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sipdiag explain 486 | "busy here" | q850:17 ...}: what a status code means and what to do about it.
 * Consecutive words that are not a code are read as one reason phrase, so {@code explain busy here} works.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain SIP status codes: meaning, who sends them, likely causes, what to check.",
        footer = {"", "Examples:", "  sipdiag explain 486", "  sipdiag explain 503 --lang nl",
            "  sipdiag explain \"Request Timed Out\"", "  sipdiag explain q850:17 --format json"})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CODE|PHRASE|q850:N",
            description = "A status code (100-699), a reason phrase, or q850:N for an ISUP/Q.850 cause.")
    List<String> queries;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: text).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One thing the user asked about. */
    private sealed interface Query permits CodeQuery, CauseQuery {
    }

    private record CodeQuery(SipStatus status) implements Query {
    }

    private record CauseQuery(int cause) implements Query {
    }

    @Override
    public Integer call() {
        language.validate(spec.commandLine());
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format takes text or json; got '" + format + "'");
        }
        Locale lang = language.locale();
        List<Query> parsed = parse(lang);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectNode root = StatusJson.MAPPER.createObjectNode();
            root.put("lang", lang.getLanguage());
            ArrayNode codes = root.putArray("codes");
            ArrayNode causes = null;
            for (Query q : parsed) {
                if (q instanceof CodeQuery c) {
                    Explanation e = Explanations.explain(c.status(), lang);
                    codes.add(StatusJson.code(e, Q850Support.causesFor(c.status().code())));
                } else if (q instanceof CauseQuery c) {
                    if (causes == null) {
                        causes = root.putArray("q850");
                    }
                    causes.add(Q850Support.json(c.cause()));
                }
            }
            out.println(StatusJson.MAPPER.valueToTree(root).toPrettyString());
        } else {
            TextRenderer text = new TextRenderer(lang, Terminal.colour());
            boolean first = true;
            for (Query q : parsed) {
                if (!first) {
                    out.println();
                }
                first = false;
                if (q instanceof CodeQuery c) {
                    text.explain(out, Explanations.explain(c.status(), lang),
                            Q850Support.causesFor(c.status().code()));
                } else if (q instanceof CauseQuery c) {
                    text.cause(out, c.cause());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Query> parse(Locale lang) {
        List<Query> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String raw : queries) {
            String q = raw.trim();
            if (q.matches("[1-6][xX][xX]")) {
                throw usage("'" + raw + "' is a class of status codes, and explain takes one code. "
                        + "To list the class: sipdiag codes --class " + q.toLowerCase(Locale.ROOT));
            }
            if (q.matches("-?\\d+")) {
                flushPhrase(words, out, lang);
                out.add(new CodeQuery(code(q)));
            } else if (q.regionMatches(true, 0, "q850:", 0, 5) || q.regionMatches(true, 0, "q.850:", 0, 6)) {
                flushPhrase(words, out, lang);
                String n = q.substring(q.indexOf(':') + 1).trim();
                if (!n.matches("\\d{1,3}")) {
                    throw usage("'" + raw + "' is not a Q.850 cause: use q850:N with N from 1 to 127");
                }
                int cause = Integer.parseInt(n);
                if (!Q850Support.valid(cause)) {
                    throw usage("'" + raw + "' is not a Q.850 cause: causes run from 1 to 127");
                }
                out.add(new CauseQuery(cause));
            } else {
                words.add(q);
            }
        }
        flushPhrase(words, out, lang);
        return out;
    }

    private SipStatus code(String q) {
        long v = Long.parseLong(q.length() > 12 ? "9999999999999" : q);
        if (v < SipStatus.MIN_CODE || v > SipStatus.MAX_CODE) {
            throw usage("'" + q + "' is not a SIP status code: codes run from 100 to 699 (RFC 3261 §7.2). "
                    + "Give a code, a reason phrase such as \"Busy Here\", or q850:N.");
        }
        return SipStatus.valueOf((int) v);
    }

    private void flushPhrase(List<String> words, List<Query> out, Locale lang) {
        if (words.isEmpty()) {
            return;
        }
        String phrase = String.join(" ", words);
        words.clear();
        ReasonPhrases.Match m = ReasonPhrases.lookup(phrase);
        if (m.unknown()) {
            throw usage("'" + phrase + "' is neither a status code nor a reason phrase sipdiag knows. "
                    + "Give a code from 100 to 699, a reason phrase such as \"Busy Here\", or q850:N.");
        }
        if (m.ambiguous()) {
            String list = m.codes().stream().map(SipStatus::toString).collect(Collectors.joining(", "));
            spec.commandLine().getErr().println("sipdiag: " + new Labels(lang).get("ambiguous", phrase, list));
        }
        for (SipStatus s : m.codes()) {
            out.add(new CodeQuery(s));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
