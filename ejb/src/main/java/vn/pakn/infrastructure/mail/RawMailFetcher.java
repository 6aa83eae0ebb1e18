package vn.pakn.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;
import org.jboss.logging.Logger;

/**
 * Reads the raw bytes of mailbox messages a window at a time: one {@code UID FETCH n,m,… (BODY.PEEK[])} for a
 * window of small messages instead of one round trip per message, which made the reader wait on the IMAP server
 * while the workers sat idle. Windows are bounded by message count and by the sizes the server reported
 * (RFC822.SIZE), so a window of big mails cannot fill the heap: a message bigger than the window's bytes is read
 * alone (streamed), one bigger than the message limit only by its headers (it is quarantined as too large).
 *
 * <p>A message removed by another client between the listing and the fetch is simply missing from the answer:
 * it is left out, so it is neither stored nor moved. Where the folder is not Angus Mail's IMAP folder, or the
 * server refuses the windowed command, every message is read on its own, as before.
 *
 * <p>The messages must have their UID and size fetched already ({@link UIDFolder.FetchProfileItem#UID},
 * {@link jakarta.mail.FetchProfile.Item#SIZE}). Used by the one reader thread that owns the folder.
 */
final class RawMailFetcher {

    private static final Logger LOG = Logger.getLogger(RawMailFetcher.class);
    private static final int HEADER_ONLY_LIMIT = 256 * 1024;

    /** One message's bytes; {@code size} is what the server reported, more than the bytes if only the headers were read. */
    record Raw(Message message, byte[] bytes, long size) {
    }

    private final int windowMessages;
    private final long windowBytes;
    private final long maxMessageBytes;

    RawMailFetcher(int windowMessages, long windowBytes, long maxMessageBytes) {
        if (windowMessages < 1 || windowBytes < 1) {
            throw new IllegalArgumentException("window of " + windowMessages + " messages / " + windowBytes + " bytes");
        }
        this.windowMessages = windowMessages;
        this.windowBytes = windowBytes;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Consecutive messages grouped into windows of at most the window's count and bytes; a message bigger than a
     * window's bytes is a window of its own. The order of the mailbox is kept.
     */
    List<List<Message>> windows(List<Message> messages) throws MessagingException {
        List<List<Message>> windows = new ArrayList<>();
        List<Message> current = new ArrayList<>();
        long bytes = 0;
        for (Message m : messages) {
            long size = Math.max(0, m.getSize());
            if (size > windowBytes) {
                if (!current.isEmpty()) {
                    windows.add(current);
                    current = new ArrayList<>();
                    bytes = 0;
                }
                windows.add(List.of(m));
                continue;
            }
            if (current.size() >= windowMessages || bytes + size > windowBytes) {
                windows.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(m);
            bytes += size;
        }
        if (!current.isEmpty()) {
            windows.add(current);
        }
        return windows;
    }

    /** The bytes of a window's messages, in the window's order, without those that could not be read. */
    List<Raw> fetch(Folder folder, List<Message> window) {
        if (window.size() == 1 || !(folder instanceof IMAPFolder imap)) {
            return singly(window);
        }
        Map<Long, byte[]> byUid;
        try {
            byUid = fetchWindow(imap, window);
        } catch (MessagingException | RuntimeException e) {
            LOG.debugf("windowed FETCH refused (%s); reading the %d messages one by one", e.getClass().getName(), window.size());
            return singly(window);
        }
        List<Raw> raws = new ArrayList<>(window.size());
        for (Message m : window) {
            try {
                byte[] bytes = byUid.get(imap.getUID(m));
                if (bytes != null) {
                    raws.add(new Raw(m, bytes, Math.max(m.getSize(), bytes.length)));
                }
            } catch (MessagingException e) {
                LOG.debugf("message without UID left for the next poll (%s)", e.getClass().getName());
            }
        }
        return raws;
    }

    /** One UID FETCH for the window; a message the server no longer has is missing from the map. */
    @SuppressWarnings("unchecked")
    private static Map<Long, byte[]> fetchWindow(IMAPFolder imap, List<Message> window) throws MessagingException {
        long[] uids = new long[window.size()];
        for (int i = 0; i < uids.length; i++) {
            uids[i] = imap.getUID(window.get(i));
        }
        String set = UIDSet.toString(UIDSet.createUIDSets(uids));
        return (Map<Long, byte[]>) imap.doCommand(p -> {
            Response[] responses = p.command("UID FETCH " + set + " (UID BODY.PEEK[])", null);
            Map<Long, byte[]> found = new HashMap<>();
            for (Response r : responses) {
                if (r instanceof FetchResponse f) {
                    UID uid = f.getItem(UID.class);
                    BODY body = f.getItem(BODY.class);
                    if (uid != null && body != null && body.getByteArray() != null) {
                        found.put(uid.uid, body.getByteArray().getNewBytes());
                    }
                }
            }
            Response result = responses[responses.length - 1];
            // Other untagged answers (EXPUNGE, EXISTS, flag changes) keep the folder's view of the mailbox right.
            p.notifyResponseHandlers(responses);
            if (!result.isNO()) {
                p.handleResult(result);
            }
            return found;
        });
    }

    private List<Raw> singly(List<Message> window) {
        List<Raw> raws = new ArrayList<>(window.size());
        for (Message m : window) {
            try {
                if (m.isExpunged()) {
                    continue;
                }
                long size = m.getSize();
                byte[] bytes = size > maxMessageBytes ? headersOnly((MimeMessage) m) : bytesOf(m);
                raws.add(new Raw(m, bytes, Math.max(size, bytes.length)));
            } catch (IOException | MessagingException | RuntimeException e) {
                LOG.warnf("PAKN1601: a message could not be read from the mailbox (%s); it stays there", e.getClass().getName());
            }
        }
        return raws;
    }

    private static byte[] bytesOf(Message m) throws IOException, MessagingException {
        var out = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
        m.writeTo(out);
        return out.toByteArray();
    }

    /** The header block of a message too big to store whole: enough for the quarantine view. */
    private static byte[] headersOnly(MimeMessage m) throws MessagingException {
        var b = new StringBuilder();
        for (String line : Collections.list(m.getAllHeaderLines())) {
            if (b.length() > HEADER_ONLY_LIMIT) {
                break;
            }
            b.append(line).append("\r\n");
        }
        b.append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
