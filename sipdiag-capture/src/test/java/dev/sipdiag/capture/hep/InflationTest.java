package dev.sipdiag.capture.hep;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InflationTest {
    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void upToTheLimitInflates() throws IOException {
        byte[] packed = gzip(new byte[HepLimits.MAX_INFLATED_PAYLOAD]);
        assertThat(Inflation.inflate(packed, 0, packed.length)).hasSize(HepLimits.MAX_INFLATED_PAYLOAD);
    }

    @Test
    void compressionBombStopsAtTheLimit() throws IOException {
        byte[] packed = gzip(new byte[HepLimits.MAX_INFLATED_PAYLOAD + 1]);
        assertThat(packed.length).isLessThan(5000);
        assertThat(Inflation.inflate(packed, 0, packed.length)).isNull();
    }

    @Test
    void truncatedGzipIsRefused() throws IOException {
        byte[] packed = gzip("OPTIONS sip:a@192.0.2.1 SIP/2.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Inflation.inflate(packed, 0, packed.length - 6)).isNull();
        assertThat(Inflation.inflate(new byte[0], 0, 0)).isNull();
    }
}
