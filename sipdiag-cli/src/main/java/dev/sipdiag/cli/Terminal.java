package dev.sipdiag.cli;

/** Whether to colour output: only on a real terminal, and never when NO_COLOR is set (no-color.org). */
final class Terminal {
    private Terminal() {
    }

    static boolean colour() {
        if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // Console.isTerminal() exists from Java 22 on; before that a non-null console is a terminal.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static String bold(String s, boolean colour) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    static String dim(String s, boolean colour) {
        return colour ? "\u001b[2m" + s + "\u001b[0m" : s;
    }
}
