package dev.sipdiag.capture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem text exists in English and Dutch, with the same arguments. */
class MessagesTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/sipdiag/capture/internal/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyInEveryLanguage() throws IOException {
        Properties en = load("problems.properties");
        Properties nl = load("problems_nl.properties");
        assertThat(nl.keySet()).isEqualTo(en.keySet());
        for (Object key : en.keySet()) {
            for (int i = 0; i < 5; i++) {
                String arg = "{" + i + "}";
                assertThat(nl.getProperty((String) key).contains(arg)).as(key + " " + arg)
                        .isEqualTo(en.getProperty((String) key).contains(arg));
            }
        }
    }
}
