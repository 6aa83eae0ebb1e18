package vn.pakn.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The windowed IMAP read against a real IMAP server (GreenMail): one FETCH per window, bounded, nothing lost. */
class RawMailFetcherTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP);

    private GreenMailUser mailbox;
    private final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void mailbox() {
        mailbox = MAIL.setUser("pakn@example.vn", "pakn", "secret");
    }

    @Test
    void readsEveryMessageOfAWindowByteForByteInMailboxOrder() throws Exception {
        for (int i = 0; i < 7; i++) {
            deliver(mail("m" + i, "Đèn đường số " + i + " bị hỏng."));
        }
        try (Store store = store()) {
            Folder inbox = open(store);
            Message[] messages = listed(inbox);
            var fetcher = new RawMailFetcher(3, 1024 * 1024, 10 * 1024 * 1024);

            List<List<Message>> windows = fetcher.windows(Arrays.asList(messages));
            assertThat(windows).extracting(List::size).containsExactly(3, 3, 1);
            List<RawMailFetcher.Raw> raws = windows.stream().flatMap(w -> fetcher.fetch(inbox, w).stream()).toList();

            assertThat(raws).hasSize(7);
            for (int i = 0; i < 7; i++) {
                String text = new String(raws.get(i).bytes(), StandardCharsets.UTF_8);
                assertThat(text).contains("Message-ID: <m" + i + "@example.vn>");
                assertThat(raws.get(i).bytes()).isEqualTo(mail("m" + i, "Đèn đường số " + i + " bị hỏng."));
                assertThat(raws.get(i).size()).isEqualTo(raws.get(i).bytes().length);
            }
            // BODY.PEEK: reading for storage does not mark the citizens' mail as read.
            assertThat(messages[0].isSet(Flags.Flag.SEEN)).isFalse();
        }
    }

    @Test
    void aMalformedMessageInAWindowIsReadLikeTheOthersSoThatItCanBeQuarantined() throws Exception {
        deliver(mail("good-1", "Ổ gà giữa đường."));
        byte[] broken = ("From: x@example.vn\r\nMessage-ID: <broken@example.vn>\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n")
                .getBytes(StandardCharsets.UTF_8);
        deliver(broken);
        deliver(mail("good-2", "Rác thải tồn đọng."));
        try (Store store = store()) {
            Folder inbox = open(store);
            Message[] messages = listed(inbox);
            var fetcher = new RawMailFetcher(25, 1024 * 1024, 10 * 1024 * 1024);

            List<RawMailFetcher.Raw> raws = fetcher.fetch(inbox, Arrays.asList(messages));

            assertThat(raws).hasSize(3);
            assertThat(raws.get(1).bytes()).isEqualTo(broken);
        }
    }

    @Test
    void aMessageBiggerThanAWindowIsReadAloneAndOneOverTheLimitOnlyByItsHeaders() throws Exception {
        deliver(mail("small-1", "Ngập nước."));
        deliver(mail("big", "x".repeat(300_000)));
        deliver(mail("huge", "y".repeat(900_000)));
        deliver(mail("small-2", "Cây đổ."));
        try (Store store = store()) {
            Folder inbox = open(store);
            Message[] messages = listed(inbox);
            var fetcher = new RawMailFetcher(25, 200_000, 600_000);

            List<List<Message>> windows = fetcher.windows(Arrays.asList(messages));
            assertThat(windows).extracting(List::size).containsExactly(1, 1, 1, 1);
            List<RawMailFetcher.Raw> raws = windows.stream().flatMap(w -> fetcher.fetch(inbox, w).stream()).toList();

            assertThat(raws).hasSize(4);
            assertThat(raws.get(1).bytes()).isEqualTo(mail("big", "x".repeat(300_000)));
            var huge = raws.get(2);
            assertThat(huge.bytes().length).isLessThan(2000);
            assertThat(new String(huge.bytes(), StandardCharsets.UTF_8)).contains("Message-ID: <huge@example.vn>");
            assertThat(huge.size()).as("the size the server reported, so the intake quarantines it as too large")
                    .isGreaterThan(900_000);
        }
    }

    @Test
    void aMessageRemovedByAnotherClientBetweenListingAndFetchIsLeftOutAndTheOthersAreRead() throws Exception {
        for (int i = 0; i < 4; i++) {
            deliver(mail("r" + i, "Phản ánh " + i));
        }
        try (Store store = store(); Store other = store()) {
            Folder inbox = open(store);
            Message[] messages = listed(inbox);

            Folder theirs = other.getFolder("INBOX");
            theirs.open(Folder.READ_WRITE);
            theirs.getMessage(2).setFlag(Flags.Flag.DELETED, true);
            theirs.close(true);

            List<RawMailFetcher.Raw> raws = new RawMailFetcher(25, 1024 * 1024, 10 * 1024 * 1024).fetch(inbox, Arrays.asList(messages));

            assertThat(raws).extracting(r -> new String(r.bytes(), StandardCharsets.UTF_8).contains("<r1@example.vn>"))
                    .containsOnly(false);
            assertThat(raws).hasSize(3);
            assertThat(raws).extracting(RawMailFetcher.Raw::message).doesNotContain(messages[1]);
        }
    }

    // ---- helpers

    private void deliver(byte[] raw) throws Exception {
        mailbox.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
    }

    private static byte[] mail(String id, String text) {
        return ("From: Dan <dan@example.vn>\r\nTo: pakn@example.vn\r\nSubject: =?UTF-8?Q?Ph=E1=BA=A3n_=C3=A1nh?=\r\n"
                + "Message-ID: <" + id + "@example.vn>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private Store store() throws Exception {
        Store s = Session.getInstance(new Properties()).getStore("imap");
        s.connect("127.0.0.1", ServerSetupTest.IMAP.getPort(), "pakn", "secret");
        return s;
    }

    private static Folder open(Store store) throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    private static Message[] listed(Folder inbox) throws Exception {
        Message[] messages = inbox.getMessages();
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.SIZE);
        fp.add(FetchProfile.Item.FLAGS);
        fp.add(UIDFolder.FetchProfileItem.UID);
        inbox.fetch(messages, fp);
        return messages;
    }
}
