package dev.sipdiag.capture.log;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LogMessagesTest {
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LogMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInEnglishAndDutch() throws IOException {
        String base = "/" + LogText.BUNDLE.replace('.', '/');
        Properties english = load(base + ".properties");
        Properties dutch = load(base + "_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("log-truncated-body", "log-truncated-headers",
                "log-not-sip", "log-bad-record", "log-line-too-long", "log-message-too-long");
    }

    @Test
    void messagesNameTheLine() {
        assertThat(LogText.format("log-truncated-body", 1234, 10, 20)).contains("1234").contains("10").contains("20");
    }
}
