package vn.pakn.telephony.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One AMI client connection: reads actions, answers them, and streams events once logged in. Everything written goes
 * through one outbound queue and one writer thread, so responses and events never interleave mid-message.
 */
final class AmiSession implements Consumer<AmiBlock> {

    private static final String POISON = "";

    private final Socket socket;
    private final AmiEmulator server;
    private final LinkedBlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private volatile boolean loggedIn;
    private volatile boolean eventsOn = true;
    private volatile boolean closed;
    private String challenge;
    /** Manager "Filter" lists (regexes); no whitelist = every event. */
    private final List<Pattern> whitelist = new CopyOnWriteArrayList<>();
    private final List<Pattern> blacklist = new CopyOnWriteArrayList<>();

    AmiSession(Socket socket, AmiEmulator server) {
        this.socket = socket;
        this.server = server;
    }

    boolean isLoggedIn() {
        return loggedIn && !closed;
    }

    void start() {
        server.threads().newThread(this::writeLoop).start();
        server.threads().newThread(this::readLoop).start();
    }

    /** Event from the simulated PBX. */
    @Override
    public void accept(AmiBlock event) {
        if (loggedIn && eventsOn && !closed) {
            sendEvent(event.render());
        }
    }

    /** An event in wire form, subject to the session's filters (as Asterisk applies them: whitelist, then blacklist). */
    void sendEvent(String wire) {
        if (!whitelist.isEmpty() && whitelist.stream().noneMatch(p -> p.matcher(wire).find())) {
            return;
        }
        if (blacklist.stream().anyMatch(p -> p.matcher(wire).find())) {
            return;
        }
        sendRaw(wire);
    }

    /** Action: Filter, Operation: Add, Filter: regex (a leading ! blacklists). */
    boolean addFilter(String filter) {
        if (filter == null || filter.isEmpty()) {
            return false;
        }
        try {
            if (filter.startsWith("!")) {
                blacklist.add(Pattern.compile(filter.substring(1)));
            } else {
                whitelist.add(Pattern.compile(filter));
            }
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    int pending() {
        return outbound.size();
    }

    void sendRaw(String wire) {
        if (!closed) {
            outbound.add(wire);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.pbx().removeListener(this);
        outbound.add(POISON);
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        server.sessionClosed(this);
    }

    private void writeLoop() {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(),
                StandardCharsets.UTF_8), 64 * 1024)) {
            out.write("Asterisk Call Manager/" + server.config().amiVersion() + "\r\n");
            out.flush();
            List<String> batch = new ArrayList<>(256);
            while (true) {
                batch.add(outbound.take());
                outbound.drainTo(batch, 4096);
                for (String s : batch) {
                    if (s == POISON) {
                        return;
                    }
                    out.write(s);
                }
                batch.clear();
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            close();
        }
    }

    private void readLoop() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            AmiBlock block = new AmiBlock();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!block.isEmpty()) {
                        handle(block);
                        block = new AmiBlock();
                    }
                } else {
                    block.parseLine(line);
                }
            }
        } catch (IOException e) {
            // client went away
        } finally {
            close();
        }
    }

    private void handle(AmiBlock action) {
        String name = action.get("Action");
        String id = action.get("ActionID");
        if (name == null) {
            respond(error(id, "Missing action in request"));
            return;
        }
        switch (name.toLowerCase()) {
            case "challenge" -> {
                challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
                respond(success(id).add("Challenge", challenge));
            }
            case "login" -> login(action, id);
            case "logoff" -> {
                respond(AmiBlock.of("Response", "Goodbye").addIfPresent("ActionID", id)
                        .add("Message", "Thanks for all the fish."));
                outbound.add(POISON);
                closed = true;
                server.sessionClosed(this);
            }
            default -> {
                if (!loggedIn) {
                    respond(error(id, "Authentication Required"));
                    return;
                }
                server.handleAction(this, name, action, id);
            }
        }
    }

    private void login(AmiBlock action, String id) {
        EmulatorConfig cfg = server.config();
        boolean userOk = cfg.username().equals(action.get("Username"));
        boolean secretOk;
        if ("MD5".equalsIgnoreCase(action.get("AuthType")) && challenge != null) {
            secretOk = md5(challenge + cfg.secret()).equalsIgnoreCase(String.valueOf(action.get("Key")));
        } else {
            secretOk = cfg.secret().equals(action.get("Secret"));
        }
        if (!userOk || !secretOk) {
            // Asterisk answers and then closes the session
            respond(error(id, "Authentication failed"));
            outbound.add(POISON);
            closed = true;
            server.sessionClosed(this);
            return;
        }
        String events = action.get("Events");
        eventsOn = events == null || !events.equalsIgnoreCase("off");
        respond(success(id).add("Message", "Authentication accepted"));
        if (eventsOn) {
            AmiBlock booted = AmiBlock.of("Event", "FullyBooted").add("Privilege", "system,all")
                    .add("Uptime", 1000).add("LastReload", 1000).add("Status", "Fully Booted");
            outbound.add(booted.render());
        }
        loggedIn = true;
        server.pbx().addListener(this);
        server.loggedIn(this);
    }

    void respond(AmiBlock response) {
        sendRaw(response.render());
    }

    static AmiBlock success(String id) {
        return AmiBlock.of("Response", "Success").addIfPresent("ActionID", id);
    }

    static AmiBlock error(String id, String message) {
        return AmiBlock.of("Response", "Error").addIfPresent("ActionID", id).add("Message", message);
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

}
