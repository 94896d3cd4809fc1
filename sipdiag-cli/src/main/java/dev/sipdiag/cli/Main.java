package dev.sipdiag.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sipdiag} root command; each subcommand is its own class. */
@Command(name = "sipdiag", mixinStandardHelpOptions = true, version = "sipdiag 0.1.0",
        description = "Why did this SIP call fail, and what do I fix?",
        subcommands = {AnalyzeCommand.class, LadderCommand.class, MessagesCommand.class, ExplainCommand.class, CodesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the command line with sipdiag's exit-code mapping; used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
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
        System.exit(commandLine().execute(args));
    }
}
