package dev.sipdiag.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.SipEvents;
import dev.sipdiag.analysis.input.SipPacket;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the raw text of the SIP messages of the calls being rendered, during a second pass over the inputs.
 *
 * <p>Contract: build it with the calls to render, hand it every {@link SipPacket} of a second
 * {@link dev.sipdiag.analysis.input.SipInput} pass over the same inputs (same order, so the same indexes), then
 * read {@link #messages()}. Packets whose index was not asked for are dropped at once.
 *
 * <p>Why a second pass and not a store filled during the analysis: {@code CallAnalyzer} releases a call's state
 * once it concludes, so it can stream a capture of any length in memory that follows the number of concurrent
 * calls. Keeping every message's bytes on the side would undo that (the 20,000-call bench capture holds
 * ~140,000 messages). The calls worth a ladder are only known after the analysis (failed first, then the
 * rest, up to a limit), so the reports choose them, set their message indexes in a {@link BitSet} (one bit per
 * message of the input) and read the inputs once more: memory is bounded by the chosen calls, at the price of
 * reading the file twice, which costs far less than the analysis itself. Standard input cannot be read twice;
 * the CLI refuses it for the HTML report, the one that needs the text.
 */
public final class MessageCollector implements Consumer<SipPacket> {
    /** Characters of one message kept for display; a longer message (a big body) is cut and says so. */
    public static final int MAX_RAW_CHARS = 16 * 1024;

    private final BitSet wanted;
    private final boolean keepText;
    private final Map<Integer, CapturedMessage> kept = new HashMap<>();

    /**
     * A collector for the messages whose indexes are set in {@code wanted}.
     *
     * @param keepText whether to keep each message's text too (the HTML report shows it); text ladders need only
     *                 the events, a few hundred bytes each (the CLI's Markdown report and {@code ladder} take them
     *                 from the analysis itself, {@code CallAnalyzer.withMessages}, in one pass)
     */
    public MessageCollector(BitSet wanted, boolean keepText) {
        this.wanted = (BitSet) wanted.clone();
        this.keepText = keepText;
    }

    /** A collector for every message of the given calls, with their text. */
    public static MessageCollector forCalls(Collection<Call> calls) {
        return forCalls(calls, true);
    }

    /** A collector for every message of the given calls, with their text or not. */
    public static MessageCollector forCalls(Collection<Call> calls, boolean keepText) {
        BitSet bits = new BitSet();
        for (Call c : calls) {
            for (int i : c.messages()) {
                bits.set(i);
            }
        }
        return new MessageCollector(bits, keepText);
    }

    @Override
    public void accept(SipPacket p) {
        if (p.index() < 0 || !wanted.get(p.index())) {
            return;
        }
        SipEvent e = SipEvents.of(p);
        if (e == null) {
            return; // the analysis never saw it either: unparsable messages belong to no call
        }
        kept.put(p.index(), new CapturedMessage(e, keepText ? text(p.payload().data(), p.offset(), p.length()) : null));
    }

    /** The messages kept, by index. */
    public Map<Integer, CapturedMessage> messages() {
        return Map.copyOf(kept);
    }

    /** The bytes as UTF-8 text, cut at {@link #MAX_RAW_CHARS} with a marker saying how much was left out. */
    static String text(byte[] data, int offset, int length) {
        String s = new String(data, offset, length, StandardCharsets.UTF_8);
        if (s.length() > MAX_RAW_CHARS) {
            return s.substring(0, MAX_RAW_CHARS) + "\n[… " + (s.length() - MAX_RAW_CHARS) + " more characters]";
        }
        return s;
    }
}
