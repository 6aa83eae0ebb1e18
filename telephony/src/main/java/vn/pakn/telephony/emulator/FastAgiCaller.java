package vn.pakn.telephony.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plays Asterisk's side of a FastAGI session against an AGI server: sends the {@code agi_*} header block, then
 * answers each command with a {@code 200 result=…} line the way Asterisk does, using the caller's scripted key
 * presses, and can hang up part-way (after which every command gets {@code 511}, as on a dead channel).
 */
public final class FastAgiCaller {

    /**
     * @param script       AGI script name (path of the agi:// URL), e.g. {@code status}
     * @param query        query string for the URL, e.g. {@code linkedid=1700000000.12}, or null
     * @param uniqueId     agi_uniqueid
     * @param callerId     agi_callerid (the citizen's number)
     * @param keypresses   answers to GET DATA (whole strings) and WAIT FOR DIGIT (first char), in order
     * @param hangupAfter  caller hangs up after this many commands; negative = never
     * @param channelVars  values returned by GET VARIABLE / GET FULL VARIABLE
     */
    public record Spec(String script, String query, String uniqueId, String callerId, List<String> keypresses,
            int hangupAfter, Map<String, String> channelVars) {

        public Spec {
            Objects.requireNonNull(script, "script");
            keypresses = List.copyOf(keypresses == null ? List.of() : keypresses);
            channelVars = Map.copyOf(channelVars == null ? Map.of() : channelVars);
            uniqueId = uniqueId == null ? "1700000000.1" : uniqueId;
            callerId = callerId == null ? "0912345678" : callerId;
        }

        public static Spec of(String script, String... keys) {
            return new Spec(script, null, null, null, List.of(keys), -1, Map.of());
        }

        public Spec withQuery(String q) {
            return new Spec(script, q, uniqueId, callerId, keypresses, hangupAfter, channelVars);
        }

        public Spec withHangupAfter(int n) {
            return new Spec(script, query, uniqueId, callerId, keypresses, n, channelVars);
        }

        public Spec withCaller(String uid, String number) {
            return new Spec(script, query, uid, number, keypresses, hangupAfter, channelVars);
        }
    }

    /**
     * What happened: the commands the script sent, Asterisk's replies, whether the caller hung up, and the channel
     * variables the script set.
     */
    public record Result(List<String> commands, List<String> replies, boolean hungUp, Map<String, String> variables) {

        /** The commands whose verb starts with the given prefix, e.g. {@code "STREAM FILE"}. */
        public List<String> commandsStartingWith(String prefix) {
            return commands.stream().filter(c -> c.startsWith(prefix)).toList();
        }
    }

    private FastAgiCaller() {
    }

    public static Result call(String host, int port, Spec spec, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            out.write(headerBlock(host, port, spec));
            out.flush();
            Deque<String> keys = new ArrayDeque<>(spec.keypresses());
            Map<String, String> vars = new LinkedHashMap<>(spec.channelVars());
            Map<String, String> setVars = new LinkedHashMap<>();
            List<String> commands = new ArrayList<>();
            List<String> replies = new ArrayList<>();
            boolean hungUp = false;
            String line;
            while ((line = readLine(in)) != null) {
                if (line.isBlank()) {
                    continue;
                }
                commands.add(line);
                String reply;
                if (hungUp) {
                    reply = "511 Command Not Permitted on a dead channel or intercept routine";
                } else {
                    reply = answer(line, keys, vars, setVars);
                    if (spec.hangupAfter() >= 0 && commands.size() >= spec.hangupAfter()) {
                        hungUp = true;
                    }
                }
                replies.add(reply);
                out.write(reply + "\n");
                out.flush();
                if (line.toUpperCase().startsWith("HANGUP")) {
                    hungUp = true;
                }
            }
            return new Result(List.copyOf(commands), List.copyOf(replies), hungUp, Map.copyOf(setVars));
        }
    }

    private static String readLine(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (java.net.SocketException e) {
            return null; // the AGI server closed the connection at the end of its script
        }
    }

    /** The {@code agi_*} block Asterisk sends first, ended by an empty line. */
    public static String headerBlock(String host, int port, Spec s) {
        StringBuilder h = new StringBuilder();
        String request = "agi://" + host + ":" + port + "/" + s.script() + (s.query() == null ? "" : "?" + s.query());
        h.append("agi_network: yes\n");
        h.append("agi_network_script: ").append(s.script()).append(s.query() == null ? "" : "?" + s.query())
                .append('\n');
        h.append("agi_request: ").append(request).append('\n');
        h.append("agi_channel: PJSIP/viettel-trunk-00000042\n");
        h.append("agi_language: vi\n");
        h.append("agi_type: PJSIP\n");
        h.append("agi_uniqueid: ").append(s.uniqueId()).append('\n');
        h.append("agi_version: 20.5.0\n");
        h.append("agi_callerid: ").append(s.callerId()).append('\n');
        h.append("agi_calleridname: unknown\n");
        h.append("agi_callingpres: 0\n");
        h.append("agi_callingani2: 0\n");
        h.append("agi_callington: 0\n");
        h.append("agi_callingtns: 0\n");
        h.append("agi_dnid: 1022\n");
        h.append("agi_rdnis: unknown\n");
        h.append("agi_context: pakn-ivr\n");
        h.append("agi_extension: 1022\n");
        h.append("agi_priority: 2\n");
        h.append("agi_enhanced: 0.0\n");
        h.append("agi_accountcode: \n");
        h.append("agi_threadid: 139872\n");
        return h.append('\n').toString();
    }

    private static String answer(String line, Deque<String> keys, Map<String, String> vars,
            Map<String, String> setVars) {
        List<String> args = tokens(line);
        String verb = args.isEmpty() ? "" : args.get(0).toUpperCase();
        String second = args.size() > 1 ? args.get(1).toUpperCase() : "";
        switch (verb) {
            case "ANSWER":
            case "EXEC":
                return "200 result=0";
            case "HANGUP":
            case "VERBOSE":
            case "NOOP":
                return "200 result=1";
            case "STREAM":
            case "CONTROL":
                return "200 result=0 endpos=24000";
            case "SAY":
                return "200 result=0";
            case "CHANNEL":
                return "200 result=6";
            case "WAIT": {
                String k = keys.poll();
                return "200 result=" + (k == null || k.isEmpty() ? 0 : (int) k.charAt(0));
            }
            case "RECORD":
                return "200 result=35 (dtmf) endpos=480000";
            case "SET":
                if (second.equals("VARIABLE") && args.size() > 3) {
                    setVars.put(args.get(2), args.get(3));
                    vars.put(args.get(2), args.get(3));
                }
                return "200 result=1";
            case "GET": {
                if (second.equals("DATA")) {
                    String k = keys.poll();
                    return k == null ? "200 result= (timeout)" : "200 result=" + k;
                }
                int at = second.equals("FULL") ? 3 : 2; // GET FULL VARIABLE ${EXPR} / GET VARIABLE NAME
                String name = args.size() > at ? args.get(at) : "";
                String value = vars.get(name);
                return value == null ? "200 result=0" : "200 result=1 (" + value + ")";
            }
            default:
                return "510 Invalid or unknown command";
        }
    }

    /** Splits an AGI command line on spaces, honouring double quotes (asterisk-java quotes its arguments). */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (ch == '\\' && quoted && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ' ' && !quoted) {
                if (cur.length() > 0 || any) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0 || any) {
            out.add(cur.toString());
        }
        return out;
    }
}
