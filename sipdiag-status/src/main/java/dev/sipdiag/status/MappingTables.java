package dev.sipdiag.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the two RFC 3398 tables from the tab-separated resources next to this class. Package-private: the public
 * face is {@link Q850Mapping}. A malformed row is a build defect, so it fails class initialisation loudly with
 * the file and line instead of being skipped.
 *
 * <p>File format: UTF-8, one row per line, columns separated by one tab, {@code #} starts a comment line, blank
 * lines are ignored, {@code -} stands for "none" in a column.
 */
final class MappingTables {

    /** Resource holding RFC 3398 §7.2.4.1 (cause to response). */
    static final String CAUSE_TO_SIP = "q850-to-sip.tsv";
    /** Resource holding RFC 3398 §8.2.6.1 (response to cause). */
    static final String SIP_TO_CAUSE = "sip-to-q850.tsv";

    /** Columns in a row of either file: the key, the mapped value(s), a qualifier, and a note for humans. */
    private static final int COLUMNS = 4;
    private static final String NONE = "-";

    private MappingTables() {
    }

    static List<Q850Mapping.CauseRule> loadCauseRules(String resource) {
        List<Q850Mapping.CauseRule> rules = new ArrayList<>();
        for (Row row : read(resource)) {
            Q850Cause cause = Q850Cause.of(row.integer(0));
            SipStatus response = row.isNone(1) ? null : SipStatus.valueOf(row.integer(1));
            Q850Mapping.Condition condition = row.isNone(2) ? null : row.token(2, Q850Mapping.Condition.class);
            rules.add(new Q850Mapping.CauseRule(cause, response, condition, row.column(3)));
        }
        return rules;
    }

    static List<Q850Mapping.StatusRule> loadStatusRules(String resource) {
        List<Q850Mapping.StatusRule> rules = new ArrayList<>();
        for (Row row : read(resource)) {
            SipStatus status = SipStatus.valueOf(row.integer(0));
            List<Q850Cause> causes = new ArrayList<>();
            if (!row.isNone(1)) {
                for (String value : row.column(1).split(",")) {
                    causes.add(Q850Cause.of(row.parseInt(value)));
                }
            }
            Q850Mapping.Remark remark =
                    row.isNone(2) ? Q850Mapping.Remark.NONE : row.token(2, Q850Mapping.Remark.class);
            rules.add(new Q850Mapping.StatusRule(status, List.copyOf(causes), remark, row.column(3)));
        }
        return rules;
    }

    private static List<Row> read(String resource) {
        InputStream in = MappingTables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + MappingTables.class);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != COLUMNS) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected " + COLUMNS
                            + " tab-separated columns, found " + columns.length);
                }
                rows.add(new Row(resource, lineNumber, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** One data line, with the helpers that turn its columns into values or fail with the file position. */
    private record Row(String resource, int line, String[] columns) {

        String column(int index) {
            return columns[index];
        }

        boolean isNone(int index) {
            return NONE.equals(columns[index]);
        }

        int integer(int index) {
            return parseInt(columns[index]);
        }

        int parseInt(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw fail("expected a number, found '" + text + "'");
            }
        }

        /** "location-user" names the constant LOCATION_USER. */
        <E extends Enum<E>> E token(int index, Class<E> type) {
            String name = columns[index].toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw fail("unknown " + type.getSimpleName() + " '" + columns[index] + "'");
            }
        }

        IllegalStateException fail(String problem) {
            return new IllegalStateException(resource + ":" + line + ": " + problem);
        }
    }
}
