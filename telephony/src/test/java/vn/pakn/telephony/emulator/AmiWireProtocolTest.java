package vn.pakn.telephony.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator's AMI speaks the wire format a raw client sees, without asterisk-java in between. */
class AmiWireProtocolTest {

    @Test
    void bannerLoginPingActionIdAndLogoff() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                Socket s = new Socket("127.0.0.1", emu.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();

            assertThat(in.readLine()).isEqualTo("Asterisk Call Manager/9.0.0");

            send(out, "Action: Ping\r\nActionID: early\r\n\r\n");
            assertThat(block(in)).containsExactly("Response: Error", "ActionID: early",
                    "Message: Authentication Required");

            send(out, "Action: Login\r\nActionID: 1\r\nUsername: pakn\r\nSecret: pakn\r\nEvents: off\r\n\r\n");
            assertThat(block(in)).containsExactly("Response: Success", "ActionID: 1",
                    "Message: Authentication accepted");

            send(out, "Action: Ping\r\nActionID: p-2\r\n\r\n");
            List<String> pong = block(in);
            assertThat(pong).startsWith("Response: Success", "ActionID: p-2", "Ping: Pong");

            send(out, "Action: Logoff\r\nActionID: bye\r\n\r\n");
            assertThat(block(in)).containsExactly("Response: Goodbye", "ActionID: bye",
                    "Message: Thanks for all the fish.");
        }
    }

    @Test
    void failedLoginIsAnsweredAndTheConnectionClosed() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                Socket s = new Socket("127.0.0.1", emu.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            in.readLine();
            send(s.getOutputStream(), "Action: Login\nActionID: x\nUsername: pakn\nSecret: nope\n\n");

            assertThat(block(in)).containsExactly("Response: Error", "ActionID: x", "Message: Authentication failed");
            assertThat(in.readLine()).isNull();
        }
    }

    private static void send(OutputStream out, String s) throws Exception {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> block(BufferedReader in) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
