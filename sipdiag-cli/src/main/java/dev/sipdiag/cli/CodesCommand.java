package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sipdiag.status.Explanation;
import dev.sipdiag.status.Explanations;
import dev.sipdiag.status.SipStatus;
import dev.sipdiag.status.StatusClass;
import dev.sipdiag.status.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sipdiag codes}: the table of every status code sipdiag knows. */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "List the SIP status codes sipdiag knows (the IANA registry plus obsolete 409 and 411).",
        footer = {"", "Examples:", "  sipdiag codes --class 4xx", "  sipdiag codes --common --lang nl",
            "  sipdiag codes --format csv > codes.csv"})
public final class CodesCommand implements Callable<Integer> {

    @Option(names = "--class", paramLabel = "1xx..6xx", description = "Only codes of this class.")
    String statusClass;

    @Option(names = "--common", description = "Only the codes met in everyday calls (the provider overview's 47).")
    boolean common;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "text|json|csv|md", defaultValue = "text",
            description = "Output format: text, json, csv or md (default: text).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        language.validate(spec.commandLine());
        StatusClass only;
        try {
            only = statusClass == null ? null : StatusClass.parse(statusClass);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class: " + e.getMessage());
        }
        Locale lang = language.locale();
        List<SipStatus> codes = SipStatus.all().stream()
                .filter(s -> only == null || s.statusClass() == only)
                .filter(s -> !common || s.isCommon())
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> json(out, codes, lang);
            case "csv" -> csv(out, codes, lang);
            case "md" -> markdown(out, codes, lang);
            case "text" -> text(out, codes, lang);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format takes text, json, csv or md; got '" + format + "'");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void json(PrintWriter out, List<SipStatus> codes, Locale lang) {
        ObjectNode root = StatusJson.MAPPER.createObjectNode();
        root.put("lang", lang.getLanguage());
        root.put("count", codes.size());
        ArrayNode arr = root.putArray("codes");
        for (SipStatus s : codes) {
            arr.add(StatusJson.code(Explanations.explain(s, lang), Q850Support.causesFor(s.code())));
        }
        out.println(root.toPrettyString());
    }

    private static void csv(PrintWriter out, List<SipStatus> codes, Locale lang) {
        out.print("code,reason,class,status,rfc,common,failure,meaning\r\n");
        for (SipStatus s : codes) {
            Explanation e = Explanations.explain(s, lang);
            out.print(String.join(",", Integer.toString(s.code()), csvField(s.reasonPhrase()),
                    s.statusClass().label(), s.registration().word(), csvField(s.rfc()),
                    Boolean.toString(s.isCommon()), Boolean.toString(e.verdict() == Verdict.FAILURE),
                    csvField(e.meaning())) + "\r\n");
        }
    }

    /** RFC 4180 quoting. */
    static String csvField(String v) {
        if (v == null) {
            return "";
        }
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void markdown(PrintWriter out, List<SipStatus> codes, Locale lang) {
        Labels l = new Labels(lang);
        out.println("| Code | Reason | RFC | " + l.get("meaning") + " |");
        out.println("|---:|---|---|---|");
        for (SipStatus s : codes) {
            Explanation e = Explanations.explain(s, lang);
            out.println("| " + s.code() + " | " + md(s.reasonPhrase()) + " | " + md(s.rfc()) + " | "
                    + md(e.meaning()) + " |");
        }
    }

    private static String md(String v) {
        return v == null ? "" : v.replace("|", "\\|");
    }

    private static void text(PrintWriter out, List<SipStatus> codes, Locale lang) {
        boolean colour = Terminal.colour();
        Labels l = new Labels(lang);
        StatusClass current = null;
        for (SipStatus s : codes) {
            if (s.statusClass() != current) {
                current = s.statusClass();
                out.println(Terminal.bold(current.label(), colour));
            }
            String flag = s.isRegistered() ? (s.isCommon() ? "*" : " ") : "†";
            out.printf("  %d %s %-36s %s%n", s.code(), flag, s.reasonPhrase(), Terminal.dim(s.rfc(), colour));
        }
        out.println();
        out.println(l.get("codes.count", codes.size()) + "   * " + l.get("common") + "   † "
                + l.get("status.obsolete"));
    }
}
