package dev.sipdiag.capture.log;

/** Removes ANSI escape sequences (ECMA-48 §5.4) and trailing CRs from text already split into lines. */
final class Ansi {
    private Ansi() {
    }

    static String strip(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        if (line.indexOf('\u001b') < 0) {
            return line.substring(0, end);
        }
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c != '\u001b') {
                out.append(c);
                continue;
            }
            if (i + 1 < end && line.charAt(i + 1) == '[') {
                i += 2;
                while (i < end && (line.charAt(i) < 0x40 || line.charAt(i) > 0x7e)) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
