package dev.sipdiag.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON that is safe inside an HTML {@code <script type="application/json">} block: besides JSON's own escapes,
 * {@code <}, {@code >}, {@code &}, {@code '} and U+2028/U+2029 are written as {@code \}{@code uXXXX}, so no
 * string from the wire can close the block ({@code </script>}), open a comment ({@code <!--}) or end a line in
 * a JavaScript parser (HTML Living Standard §4.12.1.3, restrictions for contents of script elements).
 */
final class SafeJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Escapes ESCAPES = new Escapes();

    private SafeJson() {
    }

    /** A generator writing into {@code out}, leaving it open when closed. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(ESCAPES);
        return g;
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        Escapes() {
            table = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                table[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
