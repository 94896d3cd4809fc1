package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Q.850 data for the CLI (filled in from the status module's Q.850 mapping). */
final class Q850Support {
    private Q850Support() {
    }

    static int[] causesFor(int sipCode) {
        return new int[0];
    }

    static String name(int cause) {
        return "";
    }

    static List<String> describe(int cause, Labels labels) {
        return List.of(labels.get("q850.unknown", cause));
    }

    static ObjectNode json(int cause) {
        return StatusJson.MAPPER.createObjectNode().put("cause", cause);
    }
}
