package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sipdiag.status.Explanation;
import dev.sipdiag.status.Explanations;
import dev.sipdiag.status.SipStatus;
import dev.sipdiag.status.Verdict;

/**
 * The JSON contract for an explained status code (README, "JSON: explain and codes"). Fields are only ever
 * added, never renamed or removed.
 */
final class StatusJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {
    }

    static ObjectNode code(Explanation e, int[] q850) {
        SipStatus s = e.status();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", s.code());
        if (s.reasonPhrase() != null) {
            o.put("reason", s.reasonPhrase());
        } else {
            o.putNull("reason");
        }
        o.put("class", s.statusClass().label());
        o.put("registered", s.isRegistered());
        o.put("status", s.registration().word());
        if (s.rfc() != null) {
            o.put("rfc", s.rfc());
        } else {
            o.putNull("rfc");
        }
        if (!s.isRegistered() || s.treatAs() != s.code()) {
            o.put("treatAs", s.treatAs());
        }
        o.put("common", s.isCommon());
        o.put("failure", e.verdict() == Verdict.FAILURE);
        o.put("verdict", switch (e.verdict()) {
            case NOT_A_FAILURE -> "no";
            case DEPENDS -> "depends";
            case FAILURE -> "yes";
        });
        o.put("meaning", e.meaning());
        o.put("sender", e.sender());
        ArrayNode causes = o.putArray("causes");
        for (Explanation.Cause c : e.causes()) {
            causes.addObject().put("category", c.category().id())
                    .put("label", Explanations.categoryLabel(c.category(), e.language()))
                    .put("text", c.text());
        }
        ArrayNode actions = o.putArray("actions");
        e.actions().forEach(actions::add);
        o.put("retry", e.retry());
        if (e.note() != null) {
            o.put("note", e.note());
        }
        ArrayNode q = o.putArray("q850");
        for (int c : q850) {
            q.add(c);
        }
        o.put("classLevelText", e.classLevel());
        o.put("lang", e.language().getLanguage());
        return o;
    }
}
