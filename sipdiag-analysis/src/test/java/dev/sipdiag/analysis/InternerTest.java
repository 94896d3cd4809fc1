package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded string interner that keeps one copy of the strings events repeat. */
class InternerTest {

    @Test
    void equalStringsShareOneInstanceAndTheMemoryStaysBounded() {
        SipEvents.Interner in = new SipEvents.Interner();
        String a = in.of(new String("1-590@127.0.0.1"));
        assertThat(in.of(new String("1-590@127.0.0.1"))).isSameAs(a);
        assertThat(in.of(null)).isNull();
        // past the bound it forgets and starts over: still equal values, never more than the bound held
        for (int i = 0; i < 3 * SipEvents.Interner.MAX_ENTRIES; i++) {
            String s = "call-" + i;
            assertThat(in.of(s)).isEqualTo(s);
        }
        String b = in.of(new String("1-590@127.0.0.1"));
        assertThat(b).isEqualTo(a);
        assertThat(in.of(new String("1-590@127.0.0.1"))).isSameAs(b);
    }
}
