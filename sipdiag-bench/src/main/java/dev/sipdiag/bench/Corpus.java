package dev.sipdiag.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed inputs of the benchmarks, read from this module's resources: a directory with an {@code index.txt}
 * naming its files (a jar cannot be listed reliably).
 *
 * <ul>
 *   <li>{@code messages/calls}: one SIPp call (INVITE with SDP, 100, 180, 200 with SDP, ACK, BYE, 200) from
 *       pkts' {@code simple_invite_scenario.pcap}, and Nero SIPPS phone traffic through SER from the Wireshark sample capture shipped by
 *       suricata-verify (REGISTER, 401, REGISTER with Authorization, 200, INVITE with SDP, 100).</li>
 *   <li>{@code messages/rfc4475}: the valid messages of RFC 4475 §3.1.1.</li>
 *   <li>{@code sdp}: session descriptions from sipdiag-sip's SDP conformance files (SIPp, Asterisk, WebRTC,
 *       SDES-SRTP, legacy hold).</li>
 * </ul>
 */
public final class Corpus {

    private Corpus() {
    }

    /**
     * Every file of a resource directory, in index order.
     *
     * @param dir resource directory without leading slash, e.g. {@code "messages/calls"}
     * @return the file contents
     */
    public static List<byte[]> load(String dir) {
        List<byte[]> out = new ArrayList<>();
        for (String name : index(dir)) {
            try (InputStream in = open(dir + "/" + name)) {
                out.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** {@return the file names listed in {@code dir/index.txt}} */
    public static List<String> index(String dir) {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(dir + "/index.txt"),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** {@return the mean size in bytes, to turn messages/s into MB/s} */
    public static double meanSize(List<byte[]> inputs) {
        return inputs.stream().mapToInt(b -> b.length).average().orElse(0);
    }

    private static InputStream open(String path) {
        InputStream in = Corpus.class.getResourceAsStream("/" + path);
        if (in == null) {
            throw new IllegalStateException("missing benchmark resource " + path);
        }
        return in;
    }
}
