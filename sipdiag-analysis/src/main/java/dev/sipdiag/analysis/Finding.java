package dev.sipdiag.analysis;

import dev.sipdiag.status.Category;
import java.util.List;

/**
 * A conclusion about a call or exchange, with its evidence.
 *
 * @param rule     stable rule id, e.g. "no-response"
 * @param category where the cause lies
 * @param severity "info", "warning" or "error"
 * @param message  text for people, in the chosen language, naming the evidence
 * @param messages indexes of the messages it rests on
 */
public record Finding(String rule, Category category, String severity, String message, List<Integer> messages) {
}
