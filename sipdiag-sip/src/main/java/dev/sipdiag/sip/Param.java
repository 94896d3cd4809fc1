package dev.sipdiag.sip;

/**
 * One {@code name[=value]} parameter of a URI or header value, as written (escapes and quotes kept).
 *
 * @param name  the parameter name, never empty
 * @param value the value, or null when the parameter has none (a flag such as {@code lr} or {@code rport})
 */
public record Param(String name, String value) {
}
