package vn.pakn.telephony.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded raw AMI transcript: {@code Key: Value} blocks separated by blank lines, exactly as an AMI session sends
 * them. CRLF or LF line ends, a leading {@code Asterisk Call Manager/…} banner and {@code Response:} blocks (answers
 * to the recorded session's own actions) are tolerated; only {@code Event:} blocks are replayed.
 */
public final class ReplayTranscript {

    private final List<String> events;

    private ReplayTranscript(List<String> events) {
        this.events = List.copyOf(events);
    }

    public static ReplayTranscript load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static ReplayTranscript parse(String text) {
        List<String> out = new ArrayList<>();
        AmiBlock block = new AmiBlock();
        boolean inFollows = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (inFollows) { // old "Response: Follows" command output runs until --END COMMAND--
                inFollows = !line.startsWith("--END COMMAND--");
                continue;
            }
            if (line.startsWith("Asterisk Call Manager/")) {
                continue;
            }
            if (line.isBlank()) {
                flush(block, out);
                block = new AmiBlock();
                continue;
            }
            block.parseLine(line);
            if ("Follows".equalsIgnoreCase(block.get("Response")) && line.startsWith("Response")) {
                inFollows = true;
            }
        }
        flush(block, out);
        return new ReplayTranscript(out);
    }

    private static void flush(AmiBlock block, List<String> out) {
        if (!block.isEmpty() && block.get("Event") != null) {
            out.add(block.render());
        }
    }

    /** The event blocks in wire form (CRLF, blank line after each). */
    public List<String> events() {
        return events;
    }
}
