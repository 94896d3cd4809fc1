package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class LadderCommandTest {
    private static final String CANCEL = TestCaptures.path("corpus/pcap/pkts__cancel.pcap");
    private static final String BUSY = TestCaptures.path("captures/uas486-udp-20calls.pcap");

    @Test
    void drawsTheNamedCall() {
        Cli r = Cli.run("ladder", CANCEL, "--call", "1-6261@127.0.1.1", "--width", "80");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Call-ID 1-6261@127.0.1.1: cancelled by the caller, 487 Request Terminated")
                .contains("127.0.0.1:5060", "127.0.0.1:5090", "INVITE (SDP)", "◀", "▶", "│")
                .doesNotContain("\u001b[");
        assertThat(r.out().lines()).allMatch(l -> l.length() <= 80);
    }

    @Test
    void asciiHasOnlyAsciiCharacters() {
        Cli r = Cli.run("ladder", CANCEL, "--ascii", "--width", "60");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("CANCEL", "|", "->|").doesNotContain("│");
        assertThat(r.out().chars()).allMatch(c -> c < 0x7f);
    }

    @Test
    void asciiIsAsciiEvenForDutchLegendsAndRetransmissions() {
        Cli r = Cli.run("ladder", TestCaptures.path("corpus/pcap/pkts__sipp.pcap"), "--ascii", "--lang", "nl");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().chars()).allMatch(c -> c < 0x7f);
    }

    @Test
    void withoutCallEveryCallFollowsUnderItsHeading() {
        Cli r = Cli.run("ladder", BUSY, "--lang", "nl");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Gesprek 1 van 20", "Gesprek 20 van 20", "in gesprek, 486 Busy Here");
    }

    @Test
    void anUnknownCallIsAUsageError() {
        Cli r = Cli.run("ladder", CANCEL, "--call", "nope");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No call with Call-ID 'nope'");
    }

    @Test
    void readsStandardInputInOnePass() throws IOException {
        Cli fromFile = Cli.run("ladder", BUSY, "--width", "100");
        java.io.InputStream stdin = System.in;
        Cli fromPipe;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(BUSY))) {
            System.setIn(in);
            fromPipe = Cli.run("ladder", "-", "--width", "100");
        } finally {
            System.setIn(stdin);
        }
        assertThat(fromPipe.exit()).as(fromPipe.err()).isEqualTo(ExitCodes.OK);
        assertThat(fromPipe.out()).contains("Call 20 of 20").isEqualTo(fromFile.out());
    }

    @Test
    void aTooNarrowWidthIsAUsageError() {
        Cli r = Cli.run("ladder", CANCEL, "--width", "10");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--width must be at least");
    }
}
