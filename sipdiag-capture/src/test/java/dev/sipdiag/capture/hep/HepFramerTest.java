package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.StreamFramer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HepFramerTest {
    private static final String SIP = "OPTIONS sip:a@192.0.2.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n";
    private final HepFramer framer = new HepFramer();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void wholePacketIsOneFrame() {
        byte[] packet = HepBuilder.sipUdp(SIP).build();
        byte[] two = concat(packet, packet);

        assertThat(framer.frame(two, 0, two.length)).isEqualTo(packet.length);
        assertThat(framer.frame(two, packet.length, packet.length)).isEqualTo(packet.length);
        assertThat(framer.isKeepAlive(two, 0, packet.length)).isFalse();
    }

    @Test
    void partialPacketNeedsMore() {
        byte[] packet = HepBuilder.sipUdp(SIP).build();

        assertThat(framer.frame(packet, 0, 5)).isEqualTo(StreamFramer.NEED_MORE);
        assertThat(framer.frame(packet, 0, packet.length - 1)).isEqualTo(StreamFramer.NEED_MORE);
    }

    @Test
    void garbageBeforeTheMagicIsSkipped() {
        byte[] data = concat("junk".getBytes(StandardCharsets.US_ASCII), HepBuilder.sipUdp(SIP).build());

        assertThat(framer.frame(data, 0, data.length)).isEqualTo(-4);
    }

    @Test
    void withoutMagicAllButAPossibleMagicStartIsSkipped() {
        byte[] data = "no hep here HEP".getBytes(StandardCharsets.US_ASCII);

        assertThat(framer.frame(data, 0, data.length)).isEqualTo(-(data.length - 3));
        assertThat(framer.frame(data, 0, 3)).isEqualTo(StreamFramer.NEED_MORE);
    }

    @Test
    void impossibleLengthSkipsTheMagic() {
        byte[] data = HepBuilder.sipUdp(SIP).totalLength(2).build();

        assertThat(framer.frame(data, 0, data.length)).isEqualTo(-1);
    }
}
