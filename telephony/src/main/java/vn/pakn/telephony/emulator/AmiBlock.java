package vn.pakn.telephony.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * One AMI message: ordered {@code Key: Value} lines ended by a blank line. Keys may repeat (Originate sends one
 * {@code Variable:} line per variable), so this is a list, not a map.
 */
final class AmiBlock {

    private final List<String[]> lines = new ArrayList<>();

    static AmiBlock of(String firstKey, String firstValue) {
        return new AmiBlock().add(firstKey, firstValue);
    }

    AmiBlock add(String key, Object value) {
        lines.add(new String[] {key, value == null ? "" : String.valueOf(value)});
        return this;
    }

    /** Adds the line only when there is a value (e.g. ActionID). */
    AmiBlock addIfPresent(String key, String value) {
        return value == null ? this : add(key, value);
    }

    /** First value of a key, case-insensitive as Asterisk reads them; null if absent. */
    String get(String key) {
        for (String[] kv : lines) {
            if (kv[0].equalsIgnoreCase(key)) {
                return kv[1];
            }
        }
        return null;
    }

    List<String> getAll(String key) {
        List<String> out = new ArrayList<>();
        for (String[] kv : lines) {
            if (kv[0].equalsIgnoreCase(key)) {
                out.add(kv[1]);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Parses one line {@code Key: Value}; lines without a colon are ignored, as Asterisk does. */
    void parseLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String value = line.substring(colon + 1);
        lines.add(new String[] {line.substring(0, colon).trim(), value.startsWith(" ") ? value.substring(1) : value});
    }

    /** Wire form: CRLF after every line and an empty line at the end. */
    String render() {
        StringBuilder sb = new StringBuilder(lines.size() * 32);
        for (String[] kv : lines) {
            sb.append(kv[0]).append(": ").append(kv[1]).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }
}
