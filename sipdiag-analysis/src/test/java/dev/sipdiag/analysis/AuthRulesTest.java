package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** auth-no-credentials, auth-rejected and auth-stale-loop: the story of 401/407 challenges (RFC 3261 §22). */
class AuthRulesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    private static SipEvent withCredentials(Flow f, SipEvent req) {
        return f.edit(req, b -> b.flags |= SipEvent.F_CREDENTIALS);
    }

    private static SipEvent stale(Flow f, SipEvent challenge) {
        return f.edit(challenge, b -> b.flags |= SipEvent.F_STALE);
    }

    @Test
    void aChallengeThatIsNeverAnsweredMeansNoCredentials() {
        Flow f = new Flow("a1");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(20).respond(inv, 407, "Proxy Authentication Required", "p");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        assertThat(f.findings("auth-no-credentials")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.category()).isEqualTo(Category.ACCOUNT);
            assertThat(x.message()).contains("198.51.100.1:5060 (TestServer/2.0)", "407 Proxy Authentication",
                    "192.0.2.10:5060 (TestPhone/1.0)", "sip:alice@example.org");
        });
        assertThat(f.findings("auth-no-credentials", NL)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("inloggegevens", "sip:alice@example.org"));
    }

    @Test
    void challengedThenAnsweredIsSilent() {
        Flow f = new Flow("a2");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(20).respond(inv, 407, "Proxy Authentication Required", "p");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        SipEvent inv2 = withCredentials(f, f.after(5).request(CALLER, PROXY, "INVITE", 2, null));
        f.after(100).respond(inv2, 180, "Ringing", "t");
        f.after(1000).respond(inv2, 200, "OK", "t");
        f.after(5).request(CALLER, PROXY, "ACK", 2, "t");
        assertThat(f.complaints()).isEmpty();
        assertThat(f.findings(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void challengedAgainAfterCredentialsIsAWrongPassword() {
        Flow f = new Flow("a3");
        SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
        f.after(20).respond(reg, 401, "Unauthorized", "p");
        SipEvent reg2 = withCredentials(f, f.after(5).request(CALLER, PROXY, "REGISTER", 2, null));
        f.after(20).respond(reg2, 401, "Unauthorized", "p");
        assertThat(f.findings("auth-rejected")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.message()).contains("REGISTER", "challenged it again", "401 Unauthorized", "password");
        });
        assertThat(f.findings("auth-no-credentials")).isEmpty();
        assertThat(f.findings("auth-rejected", NL)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("wachtwoord", "401 Unauthorized"));
    }

    @Test
    void forbiddenAfterCredentials() {
        Flow f = new Flow("a4");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(20).respond(inv, 407, "Proxy Authentication Required", "p");
        SipEvent inv2 = withCredentials(f, f.after(5).request(CALLER, PROXY, "INVITE", 2, null));
        f.after(20).respond(inv2, 403, "Forbidden", "p");
        assertThat(f.findings("auth-rejected")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("refused it with \"403 Forbidden\""));
    }

    @Test
    void aRefreshWithAnOldNonceThatThenSucceedsIsSilent() {
        Flow f = new Flow("a5");
        SipEvent reg = withCredentials(f, f.request(CALLER, PROXY, "REGISTER", 5, null));
        f.after(20).respond(reg, 401, "Unauthorized", "p");
        SipEvent reg2 = withCredentials(f, f.after(5).request(CALLER, PROXY, "REGISTER", 6, null));
        f.after(20).respond(reg2, 200, "OK", "p");
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void staleChallengesInARowAreALoop() {
        Flow f = new Flow("a6");
        for (int cseq = 1; cseq <= 3; cseq++) {
            SipEvent reg = withCredentials(f, f.after(1000).request(CALLER, PROXY, "REGISTER", cseq, null));
            stale(f, f.after(20).respond(reg, 401, "Unauthorized", "p"));
        }
        assertThat(f.findings("auth-stale-loop")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.message()).contains("3 times in a row", "2 s", "nonce");
        });
        assertThat(f.findings("auth-rejected")).isEmpty();
    }

    @Test
    void oneStaleChallengeIsRoutine() {
        Flow f = new Flow("a7");
        SipEvent reg = withCredentials(f, f.request(CALLER, PROXY, "REGISTER", 1, null));
        stale(f, f.after(20).respond(reg, 401, "Unauthorized", "p"));
        SipEvent reg2 = withCredentials(f, f.after(5).request(CALLER, PROXY, "REGISTER", 2, null));
        f.after(20).respond(reg2, 200, "OK", "p");
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void aForbiddenWithoutAnyChallengeIsAnAccountTheServerDoesNotServe() {
        Flow f = new Flow("a8");
        SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
        f.after(20).respond(reg, 403, "Forbidden", "p");
        assertThat(f.findings("auth-rejected")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.message()).contains("without asking for credentials", "domain");
        });
        assertThat(f.findings("auth-rejected", NL)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("zonder om inloggegevens te vragen"));
    }
}
