package dev.sipdiag.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sipdiag} root command; each subcommand is its own class. */
@Command(name = "sipdiag", mixinStandardHelpOptions = true, version = "sipdiag 0.1.0",
        description = "Why did this SIP call fail, and what do I fix?")
public final class Main implements java.util.concurrent.Callable<Integer> {

    /**
     * Why a run needs more memory than the heap: every format streams its calls, so what takes memory is the calls
     * open at the same time.
     */
    static final String MEMORY_REASON = "this input holds more simultaneous calls than that heap allows";

    /**
     * The subcommands, in the order the usage lists them. Picocli builds a command's model from its annotations
     * by reflection, which costs more than reading a small capture; so {@link #commandLine(String[])} builds only
     * the command a run names (its options and help are unchanged) and all of them only when it needs the list.
     */
    private static final List<String> SUBCOMMANDS = List.of("analyze", "messages", "ladder", "lint", "explain", "codes",
            "help");

    // A switch, not a table of constructor references: the JDK 25 AOT cache cannot hold a lambda that refers to
    // picocli's classes (Java 5 class files, which it does not archive) and crashes while writing it.
    private static Object subcommand(String name) {
        return switch (name) {
            case "analyze" -> new AnalyzeCommand();
            case "messages" -> new MessagesCommand();
            case "ladder" -> new LadderCommand();
            case "lint" -> new LintCommand();
            case "explain" -> new ExplainCommand();
            case "codes" -> new CodesCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage on stderr, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Builds the command line with every subcommand and sipdiag's exit-code mapping; used by tests. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the command line for these arguments: when the first names a subcommand other than help, only that
     * one is registered (nothing else can run); otherwise all are, for the usage, help and suggestions.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.contains(first) && !"help".equals(first)) {
            cl.addSubcommand(first, subcommand(first));
        } else {
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("sipdiag: " + ex.getMessage());
                return ExitCodes.IO_ERROR;
            }
            cmd.getErr().println("sipdiag: internal error, please report it with the input: " + ex);
            ex.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sipdiag: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            }
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(args);
        Stdout out = Stdout.open();
        cl.setOut(out);
        if (Boolean.getBoolean("sipdiag.retry")) {
            HeapWatch.start(() -> retryable(out, args), MEMORY_REASON);
        }
        int exit;
        try {
            exit = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Nothing on standard output yet and no standard input to replay: the same command can simply run
            // again with a larger heap, which the launcher does once. Otherwise say what to do.
            boolean retryable = retryable(out, args);
            System.err.println("sipdiag: out of memory (heap limit " + System.getProperty("sipdiag.heap", "default")
                    + "): " + MEMORY_REASON + "."
                    + (retryable && Boolean.getBoolean("sipdiag.retry") ? ""
                    : " Run again with a larger one, e.g. SIPDIAG_HEAP=2g ./sipdiag ..."));
            if (retryable) {
                System.exit(ExitCodes.OUT_OF_MEMORY); // what was buffered is dropped: the retry writes it all
            }
            exit = ExitCodes.INTERNAL;
        }
        out.flush();
        System.exit(exit);
    }

    /** Whether the same command can run again: nothing reached standard output, and no standard input to replay. */
    private static boolean retryable(Stdout out, String[] args) {
        return !out.anythingDelivered() && !java.util.Arrays.asList(args).contains("-");
    }
}
