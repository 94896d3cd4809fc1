package dev.sipdiag.cli;

import dev.sipdiag.status.Explanation;
import dev.sipdiag.status.Explanations;
import dev.sipdiag.status.SipStatus;
import java.io.PrintWriter;
import java.util.Locale;

/** Lays out explanations for a terminal: a heading line, then labelled, wrapped paragraphs. */
final class TextRenderer {
    /** Width text is wrapped to when $COLUMNS does not say. */
    static final int DEFAULT_WIDTH = 100;
    /** Narrowest width honoured from $COLUMNS. */
    static final int MIN_WIDTH = 40;
    private static final int LABEL_WIDTH = 16;

    private final Labels labels;
    private final Locale lang;
    private final boolean colour;
    private final int width;

    TextRenderer(Locale lang, boolean colour) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.colour = colour;
        this.width = width();
    }

    private static int width() {
        try {
            String cols = System.getenv("COLUMNS");
            return cols == null ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, Integer.parseInt(cols.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    void explain(PrintWriter out, Explanation e, int[] q850) {
        SipStatus s = e.status();
        String title = s.code() + (s.reasonPhrase() != null ? " " + s.reasonPhrase() : "");
        StringBuilder meta = new StringBuilder(s.statusClass().label());
        if (s.rfc() != null) {
            meta.append(" · ").append(s.rfc());
        }
        meta.append(" · ").append(labels.get("status." + s.registration().word()));
        if (s.isCommon()) {
            meta.append(" · ").append(labels.get("common"));
        }
        out.println(Terminal.bold(title, colour) + "   " + Terminal.dim(meta.toString(), colour));
        if (!s.isRegistered() && s.treatAs() != s.code()) {
            paragraph(out, "", labels.get("treatAs", SipStatus.valueOf(s.treatAs()).toString()));
        }
        if (e.classLevel()) {
            paragraph(out, "", labels.get("classLevel", s.statusClass().label()));
        }
        paragraph(out, labels.get("meaning"), e.meaning());
        paragraph(out, labels.get("sender"), e.sender());
        paragraph(out, labels.get("failure"), labels.get("failure." + e.verdict().name())
                + (e.note() != null ? " — " + e.note() : ""));
        out.println("  " + Terminal.bold(labels.get("causes"), colour));
        for (Explanation.Cause c : e.causes()) {
            wrap(out, "    • ", "[" + Explanations.categoryLabel(c.category(), lang) + "] " + c.text());
        }
        out.println("  " + Terminal.bold(labels.get("actions"), colour));
        int i = 1;
        for (String a : e.actions()) {
            wrap(out, "    " + i++ + ". ", a);
        }
        paragraph(out, labels.get("retry"), e.retry());
        if (q850.length > 0) {
            StringBuilder sb = new StringBuilder();
            for (int c : q850) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(c).append(' ').append(Q850Support.name(c));
            }
            paragraph(out, labels.get("q850"), sb.toString());
        }
    }

    void cause(PrintWriter out, int cause) {
        for (String line : Q850Support.describe(cause, labels)) {
            out.println(line);
        }
    }

    private void paragraph(PrintWriter out, String label, String text) {
        String head = label.isEmpty() ? "  " : "  " + pad(label);
        wrap(out, colour && !label.isEmpty() ? "  " + Terminal.bold(pad(label), true) : head, text, head.length());
    }

    private void wrap(PrintWriter out, String first, String text) {
        wrap(out, first, text, first.length());
    }

    /** Word-wraps text after a first-line prefix whose visible width is indent. */
    private void wrap(PrintWriter out, String first, String text, int indent) {
        int avail = Math.max(20, width - indent);
        String pad = " ".repeat(indent);
        StringBuilder line = new StringBuilder();
        boolean firstLine = true;
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > avail) {
                out.println((firstLine ? first : pad) + line);
                firstLine = false;
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println((firstLine ? first : pad) + line);
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label + " " : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
