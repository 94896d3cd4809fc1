package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs sipdiag cannot read are refused with their name and the reason, before anything is analysed. */
class UnreadableInputTest {

    private static String refusal(Path p) {
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, x -> { }, x -> { });
        return catchThrowableOfType(UnreadableInputException.class, () -> in.read(p.toString())).getMessage();
    }

    @Test
    void aDirectoryIsNamedAsOne(@TempDir Path dir) {
        assertThat(refusal(dir)).contains(dir.toString()).contains("is a directory");
    }

    @Test
    void aMissingFileIsNamedAsMissing(@TempDir Path dir) {
        assertThat(refusal(dir.resolve("none.pcap"))).contains("none.pcap").contains("no such file");
    }

    @Test
    void unknownContentIsShownByItsFirstBytes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.bin");
        Files.write(f, new byte[] {0x0e, 0x05, 0x77, 0x1f, 0, 1, 2, 3});
        assertThat(refusal(f)).contains("starts with bytes 0e 05 77 1f").doesNotContain("gzip");
    }

    @Test
    void unknownContentInsideGzipSaysItWasCompressed(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(new byte[] {0x0e, 0x05, 0x77, 0x1f, 0, 1, 2, 3});
        }
        Path f = dir.resolve("x.gz");
        Files.write(f, b.toByteArray());
        assertThat(refusal(f)).contains("gzip-compressed; inside, it starts with bytes 0e 05 77 1f");
    }
}
