package dev.sipdiag.capture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real capture (../shared/captures, ../shared/corpus/pcap; small ones copied to src/test/resources/captures)
 * reads without exception, every frame is accounted for, its counts equal what tshark established
 * (captures/expected.tsv, made by src/test/scripts/expected-counts.py), and it reports exactly the problems
 * listed, with the reason why, in captures/expected-problems.tsv.
 */
class CorpusTest {
    static Stream<Arguments> captures() throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/captures/expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                            Long.parseLong(f[4])))
                    .toList().stream();
        }
    }

    /** captures/expected-problems.tsv: file → the distinct problem reasons it must report. */
    static Map<String, Set<String>> expectedProblems() throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/captures/expected-problems.tsv")) {
            Map<String, Set<String>> m = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .forEach(f -> m.put(f[0], new TreeSet<>(List.of(f[1].split(",")))));
            return m;
        }
    }

    /** The copy in the test resources, else the shared corpus beside the repository. */
    static Path locate(String sharedPath) {
        Path name = Path.of(sharedPath).getFileName();
        Path copy = Path.of("src/test/resources/captures").resolve(name);
        if (Files.exists(copy)) {
            return copy;
        }
        return Path.of("../../shared").resolve(sharedPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void countsMatchTshark(String file, long frames, long udpPayloads, long tcpBytes, long tcpSip) throws IOException {
        Path path = locate(file);
        assertThat(path).as("capture present in test resources or ../shared").exists();
        Collected c = Collected.read(path);
        assertThat(c.stats().frames()).as("frames").isEqualTo(frames);
        assertThat(c.accountedFor()).isTrue();
        assertThat(new TreeSet<>(c.reasons())).as("problems")
                .isEqualTo(expectedProblems().getOrDefault(file, Set.of()));
        assertThat(c.of(Transport.UDP)).as("UDP payloads").hasSize((int) udpPayloads);
        assertThat(c.stats().tcpBytes()).as("TCP bytes").isEqualTo(tcpBytes);
        assertThat(c.of(Transport.TCP).stream().filter(p -> TestFramer.isSip(p.data())).count())
                .as("SIP messages over TCP").isEqualTo(tcpSip);
    }
}
