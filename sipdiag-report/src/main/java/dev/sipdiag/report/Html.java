package dev.sipdiag.report;

/**
 * Escaping for HTML and inline SVG (HTML Living Standard §13.1.2.6 escapable text, §13.1.2.3 attribute
 * values): every string that came from the wire passes through here before it reaches the page.
 */
final class Html {
    private Html() {
    }

    /**
     * Text safe in element content and in a double- or single-quoted attribute value: {@code & < > " '} as
     * character references; control characters other than tab and line feed (which HTML cannot show and some
     * parsers reject) and lone surrogates as U+FFFD.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> {
                    boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0);
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    yield control || lone ? "\uFFFD" : null;
                }
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
