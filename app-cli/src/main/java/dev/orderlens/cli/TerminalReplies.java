package dev.orderlens.cli;

import java.util.HashSet;
import java.util.Set;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * Keeps a terminal's replies out of the line being typed. A terminal answers a query about the cursor position or
 * itself with a control sequence on the input ({@code ESC[12;40R}, {@code ESC[?1;2c}, {@code ESC[?2027;0$y});
 * over a slow link (SSH, a loaded machine) the reply can arrive after whoever asked has stopped waiting, at the
 * prompt, where the line editor would type it out as {@code [12;40R}.
 *
 * <p>Bound to {@code ESC [} and to every unbound prefix of the editor's {@code ESC [} keys, so that a control
 * sequence that strays from the known keys ends here rather than being typed. The editor matches the longest
 * sequence, so arrows, Home, End, Delete and the rest keep their bindings. What arrives here is read to its final
 * byte and dropped, unless it turns out to be a known key whose bytes were slow to come, which then runs.
 *
 * <p>Dropping every unbound sequence rather than recognising replies by their shape is deliberate: replies and keys
 * share shapes, and a key the editor has no binding for would only type garbage anyway. The one overlap left is
 * with keys the editor does bind: {@code ESC[1;2R} to {@code ESC[1;6R} are F3 with modifiers on xterm-like
 * terminals, bound to a beep, so a cursor report for row 1, columns 2 to 6, rings the bell; it types nothing.
 */
final class TerminalReplies implements Widget {

    private static final String NAME = "orderlens-drop-terminal-reply";
    private static final Reference DROP = new Reference(NAME);
    private static final String CSI = "\033[";

    private final LineReaderImpl reader;
    private final KeyMap<Binding> keys;

    private TerminalReplies(LineReaderImpl reader, KeyMap<Binding> keys) {
        this.reader = reader;
        this.keys = keys;
    }

    /** Installs the widget in the reader's main keymap. */
    static void install(LineReaderImpl reader) {
        KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        reader.getWidgets().put(NAME, new TerminalReplies(reader, keys));
        Set<String> prefixes = new HashSet<>(Set.of(CSI));
        for (String key : keys.getBoundKeys().keySet()) {
            if (key.startsWith(CSI)) {
                for (int end = CSI.length() + 1; end < key.length(); end++) {
                    prefixes.add(key.substring(0, end));
                }
            }
        }
        prefixes.stream().filter(prefix -> keys.getBound(prefix) == null).forEach(prefix -> keys.bind(DROP, prefix));
    }

    @Override
    public boolean apply() {
        StringBuilder sequence = new StringBuilder(reader.getLastBinding());
        int next = reader.readCharacter();
        // ECMA-48: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, then one final byte 0x40-0x7E
        while (next >= 0x20 && next <= 0x3F) {
            sequence.append((char) next);
            next = reader.readCharacter();
        }
        if (next >= 0x40 && next <= 0x7E) {
            sequence.append((char) next);
            int[] unmatched = new int[1];
            Binding key = keys.getBound(sequence, unmatched);
            if (key != null && !key.equals(DROP) && unmatched[0] <= 0) {
                reader.runMacro(sequence.toString());
            }
        } else if (next >= 0) {
            // not a control sequence after all: the character is the person's (Enter, a letter typed on, Esc)
            reader.runMacro(Character.toString(next));
        }
        return true;
    }
}
