package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root command: which subcommands a run builds, and that usage, help and suggestions still see all of them. */
class MainTest {
    private static final String[] ALL = {"analyze", "messages", "ladder", "lint", "explain", "codes", "help"};

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(Main.commandLine(new String[] {"analyze", "x.pcap"}).getSubcommands()).containsOnlyKeys("analyze");
        assertThat(Main.commandLine(new String[] {"explain", "486"}).getSubcommands()).containsOnlyKeys("explain");
    }

    @Test
    void withoutAKnownSubcommandAllAreBuilt() {
        assertThat(Main.commandLine(new String[0]).getSubcommands()).containsOnlyKeys(ALL);
        assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands()).containsOnlyKeys(ALL);
        assertThat(Main.commandLine(new String[] {"help", "analyze"}).getSubcommands()).containsOnlyKeys(ALL);
        assertThat(Main.commandLine(new String[] {"anlyze"}).getSubcommands()).containsOnlyKeys(ALL);
    }

    @Test
    void usageListsEveryCommand() {
        Cli r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        for (String name : ALL) {
            assertThat(r.out()).contains("  " + name);
        }
    }

    @Test
    void noCommandPrintsTheUsageAndFails() {
        Cli r = Cli.run();
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("analyze").contains("explain");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli r = Cli.run("anlyze", "x.pcap");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("anlyze").contains("analyze");
    }

    @Test
    void helpForOneCommandShowsItsOptions() {
        Cli r = Cli.run("help", "analyze");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--format").contains("--failed-only");
        Cli own = Cli.run("analyze", "--help");
        assertThat(own.exit()).isZero();
        assertThat(own.out()).isEqualTo(r.out());
    }

    @Test
    void versionWorksFromTheRoot() {
        Cli r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("sipdiag ");
    }
}
