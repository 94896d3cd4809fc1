package dev.sipdiag.capture.hep;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HepMessagesTest {
    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HepMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInEnglishAndDutch() throws IOException {
        String base = "/" + HepText.BUNDLE.replace('.', '/');
        Properties english = load(base + ".properties");
        Properties dutch = load(base + "_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("hep-missing-field", "hep-chunk-past-end", "hep-stream-garbage");
        assertThat(dutch.getProperty("hep-missing-field")).isNotEqualTo(english.getProperty("hep-missing-field"));
    }
}
