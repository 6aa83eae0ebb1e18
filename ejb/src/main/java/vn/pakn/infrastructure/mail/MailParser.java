package vn.pakn.infrastructure.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.pakn.domain.model.shared.Texts;

/**
 * Reads an inbound e-mail (.eml bytes) into a {@link ParsedMail}, or refuses it with a {@link BadMailException}
 * whose reason the quarantine shows. Jakarta Mail parses the MIME structure leniently (as real mail needs);
 * this class decides what the text is (plain text preferred, HTML-only mail through {@link HtmlText}),
 * decodes charsets itself ({@link MimeText}), trusts attachment types only as {@link ContentSniffer} reads
 * them, and enforces {@link MailLimits} while it walks, so a hostile message costs bounded work.
 *
 * <p>Thread-safe and stateless apart from its settings.
 */
public final class MailParser {

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Set<String> SIGNATURES = Set.of("application/pkcs7-signature", "application/x-pkcs7-signature",
            "application/pgp-signature", "application/pgp-keys");
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern DANGEROUS_NAME = Pattern.compile(
            "\\.(exe|scr|bat|cmd|com|pif|js|jse|vbs|vbe|wsf|ps1|jar|msi|hta|lnk|dll|cpl|reg|iso)$");
    private static final int MAX_ZIP_NESTING = 3;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final MailLimits limits;
    private final Set<String> ownAddresses;
    private final Session session;

    /** @param ownAddresses our own mailbox and sender addresses, lower case: mail from them is a loop */
    public MailParser(MailLimits limits, Set<String> ownAddresses) {
        this.limits = limits;
        this.ownAddresses = ownAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(p);
    }

    public ParsedMail parse(byte[] raw) throws BadMailException {
        if (raw == null || raw.length == 0) {
            throw new BadMailException("empty", "the message has no bytes");
        }
        if (raw.length > limits.maxMessageBytes()) {
            throw new BadMailException("too-large", raw.length + " bytes, more than the limit of " + limits.maxMessageBytes());
        }
        try {
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(raw));
            if (m.getHeader("From") == null && m.getHeader("Message-ID") == null && m.getHeader("Subject") == null
                    && m.getHeader("Content-Type") == null) {
                throw new BadMailException("malformed-mime", "no e-mail headers (From, Message-ID, Subject, Content-Type)");
            }
            InternetAddress from = sender(m);
            String subject = nfc(MimeText.decodeHeader(m.getHeader("Subject", " ")));
            String fromAddress = from == null ? null : from.getAddress().strip().toLowerCase(Locale.ROOT);
            String fromName = from == null ? null : nfc(from.getPersonal());
            var verdict = AutomaticMail.classify(m, fromAddress, subject, ownAddresses);
            var body = new Body();
            walk(m, 0, body);
            String text = nfc(HtmlText.tidy(body.text()));
            if (verdict.isEmpty()) {
                checkAuthentication(m);
                if (from == null) {
                    throw new BadMailException("no-sender", "no usable From address");
                }
                if ((text == null || text.isBlank()) && (subject == null || subject.isBlank()) && body.attachments.isEmpty()) {
                    throw new BadMailException("empty", "no subject, no text and no attachment");
                }
            }
            return new ParsedMail(messageId(m.getHeader("Message-ID", " ")), replyIds(m), fromAddress, fromName, subject,
                    text == null ? "" : text, body.attachments, verdict.map(AutomaticMail.Verdict::status).orElse(null),
                    verdict.map(AutomaticMail.Verdict::reason).orElse(null));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new BadMailException("malformed-mime", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The Message-ID without angle brackets (or the raw value if it has none), or null. */
    public static String messageId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(header);
        String id = m.find() ? m.group(1) : header.strip();
        return id.isEmpty() ? null : id;
    }

    private static List<String> replyIds(MimeMessage m) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String h : new String[] {"In-Reply-To", "References"}) {
            String v = m.getHeader(h, " ");
            if (v != null) {
                Matcher a = ANGLE_ID.matcher(v);
                while (a.find() && ids.size() < 100) {
                    if (!ids.contains(a.group(1))) {
                        ids.add(a.group(1));
                    }
                }
            }
        }
        return ids;
    }

    private static InternetAddress sender(MimeMessage m) throws MessagingException {
        String raw = m.getHeader("From", ",");
        if (raw == null) {
            raw = m.getHeader("Sender", ",");
        }
        if (raw == null) {
            return null;
        }
        try {
            InternetAddress[] all = InternetAddress.parseHeader(MimeText.repairLatin1(raw), false);
            for (InternetAddress a : all) {
                String addr = a.getAddress();
                if (addr != null && addr.indexOf('@') > 0 && addr.indexOf('@') < addr.length() - 1) {
                    return a;
                }
            }
            return null;
        } catch (AddressException e) {
            return null;
        }
    }

    /**
     * Our own mail server's verdict on the sender: the top-most Authentication-Results header is the one it
     * added (lower ones may be forged). DMARC failing there means the From address is spoofed.
     */
    private static void checkAuthentication(MimeMessage m) throws MessagingException, BadMailException {
        String[] results = m.getHeader("Authentication-Results");
        if (results != null && results.length > 0) {
            String top = results[0].toLowerCase(Locale.ROOT);
            if (top.contains("dmarc=fail")) {
                throw new BadMailException("spoofed", "the mail server found DMARC failing for the From domain");
            }
        }
    }

    /** The text parts and attachments found while walking the MIME tree. */
    private final class Body {
        final StringBuilder plain = new StringBuilder();
        final List<MailAttachment> attachments = new ArrayList<>();
        int parts;

        void addText(String text) {
            if (text != null && !text.isBlank()) {
                if (!plain.isEmpty()) {
                    plain.append("\n\n");
                }
                plain.append(text.strip());
            }
        }

        String text() {
            return plain.toString();
        }
    }

    private void walk(Part part, int depth, Body body) throws MessagingException, IOException, BadMailException {
        if (depth > limits.maxDepth()) {
            throw new BadMailException("mime-depth", "MIME parts nested deeper than " + limits.maxDepth());
        }
        if (++body.parts > limits.maxParts()) {
            throw new BadMailException("mime-parts", "more than " + limits.maxParts() + " MIME parts");
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        String disposition = disposition(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName(part) != null && !base.startsWith("text/");

        if (base.startsWith("multipart/")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart mp)) {
                body.addText(text(part, type, base));
                return;
            }
            if (base.equals("multipart/alternative")) {
                walkAlternative(mp, depth, body);
            } else if (base.equals("multipart/report")) {
                if (mp.getCount() > 0) {
                    walk(mp.getBodyPart(0), depth + 1, body);
                }
            } else {
                for (int i = 0; i < mp.getCount(); i++) {
                    walk(mp.getBodyPart(i), depth + 1, body);
                }
            }
        } else if (base.equals("message/rfc822") && !attachment) {
            Object content = part.getContent();
            if (content instanceof MimeMessage inner) {
                var forwarded = new Body();
                forwarded.parts = body.parts;
                walk(inner, depth + 1, forwarded);
                body.parts = forwarded.parts;
                body.addText("---- Thư chuyển tiếp / Forwarded message ----\n"
                        + nullToEmpty(MimeText.decodeHeader(inner.getHeader("Subject", " "))) + "\n" + forwarded.text());
                body.attachments.addAll(forwarded.attachments);
            }
        } else if ((base.equals("text/plain") || base.equals("text/html") || base.equals("text/enriched")) && !attachment) {
            body.addText(text(part, type, base));
        } else if (SIGNATURES.contains(base)) {
            // A signature proves who sent the text; it is not content of the report.
        } else if (base.equals("application/ms-tnef") || "winmail.dat".equalsIgnoreCase(fileName(part))) {
            // Outlook's rich-text wrapper: the same text is in the plain or HTML part, and nothing can open it.
        } else {
            body.attachments.add(attachment(part, type, body.attachments.size()));
        }
    }

    /** Plain text unless it is empty or a "view this in HTML" placeholder; otherwise the richest other part. */
    private void walkAlternative(Multipart mp, int depth, Body body) throws MessagingException, IOException, BadMailException {
        Part plain = null;
        Part rich = null;
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            String base = contentType(p).getBaseType().toLowerCase(Locale.ROOT);
            if (base.equals("text/plain") && plain == null) {
                plain = p;
            } else if (!base.equals("text/plain")) {
                rich = p;
            }
        }
        if (plain != null) {
            String text = text(plain, contentType(plain), "text/plain");
            if (text != null && text.strip().length() >= 3 || rich == null) {
                body.addText(text);
                if (rich != null && contentType(rich).getBaseType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    collectAttachmentsOnly(rich, depth + 1, body);
                }
                return;
            }
        }
        if (rich != null) {
            walk(rich, depth + 1, body);
        }
    }

    /** The inline images of an HTML alternative, when the plain text is used. */
    private void collectAttachmentsOnly(Part part, int depth, Body body) throws MessagingException, IOException, BadMailException {
        var scratch = new Body();
        scratch.parts = body.parts;
        walk(part, depth, scratch);
        body.parts = scratch.parts;
        body.attachments.addAll(scratch.attachments);
    }

    private String text(Part part, ContentType type, String base) throws MessagingException, IOException, BadMailException {
        byte[] bytes = read(part, limits.maxMessageBytes(), "text part");
        String text = MimeText.decode(bytes, type.getParameter("charset"));
        if (base.equals("text/html")) {
            return HtmlText.toText(text);
        }
        if (base.equals("text/plain") && looksLikeHtml(text)) {
            return HtmlText.toText(text);
        }
        if (base.equals("text/plain") && "flowed".equalsIgnoreCase(type.getParameter("format"))) {
            return text.replaceAll("(?m) \\r?\\n(?!-- $)", " ");
        }
        return text.replace("\r\n", "\n");
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<html") || head.startsWith("<!doctype html");
    }

    private MailAttachment attachment(Part part, ContentType type, int existing) throws MessagingException, IOException, BadMailException {
        if (existing >= limits.maxAttachments()) {
            throw new BadMailException("too-many-attachments", "more than " + limits.maxAttachments() + " attachments");
        }
        String name = fileName(part);
        String declared = type.getBaseType().toLowerCase(Locale.ROOT);
        byte[] bytes;
        long tooLarge;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxAttachmentBytes() + 1));
            // Over the limit: the mail is still read, the attachment is listed as refused with its real size.
            tooLarge = bytes.length > limits.maxAttachmentBytes() ? bytes.length + in.transferTo(OutputStream.nullOutputStream()) : -1;
        } catch (java.io.UnsupportedEncodingException e) {
            bytes = read(part, limits.maxAttachmentBytes(), "attachment " + (name == null ? "" : name));
            tooLarge = -1;
        }
        String sniffed = ContentSniffer.sniff(bytes.length > SNIFF_BYTES ? java.util.Arrays.copyOf(bytes, SNIFF_BYTES) : bytes);
        if (tooLarge >= 0 && !dangerous(sniffed, name)) {
            return new MailAttachment(nfc(name), declared, sniffed, tooLarge, false, null, MailAttachment.TOO_LARGE);
        }
        if (dangerous(sniffed, name)) {
            throw new BadMailException("attachment-type", "attachment " + nullToEmpty(name) + " is " + sniffed
                    + " (declared " + type.getBaseType() + "), a program or script");
        }
        if (!allowed(sniffed)) {
            // Not dangerous, only not useful to a unit (winmail.dat, an archive we cannot open): the mail is read,
            // the attachment is listed as not accepted and stays in the raw message.
            return new MailAttachment(nfc(name), declared, sniffed, bytes.length, false);
        }
        if (sniffed.equals("application/zip") || sniffed.startsWith("application/vnd.openxmlformats")) {
            checkZip(bytes, 0, new long[1]);
        }
        return new MailAttachment(nfc(name), declared, sniffed, bytes.length, true, bytes, null);
    }

    /** Programs and scripts, by their bytes or by a file name Windows would run. */
    private static boolean dangerous(String sniffed, String name) {
        if (sniffed.equals("application/x-msdownload") || sniffed.equals("application/x-executable")) {
            return true;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        return DANGEROUS_NAME.matcher(n).find();
    }

    private boolean allowed(String sniffed) {
        return limits.allowedTypes().contains(sniffed);
    }

    /**
     * Expands a zip without keeping it, counting bytes: more than the expanded-size limit, a ratio above the
     * limit once past 1 MB, too many entries or zips nested too deep is a zip bomb.
     */
    private void checkZip(byte[] zip, int nesting, long[] expandedSoFar) throws BadMailException, IOException {
        if (nesting > MAX_ZIP_NESTING) {
            throw new BadMailException("zip-bomb", "zip files nested more than " + MAX_ZIP_NESTING + " deep");
        }
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new BadMailException("zip-bomb", "more than " + MAX_ZIP_ENTRIES + " entries in a zip");
                }
                if (dangerous(ContentSniffer.UNKNOWN, e.getName())) {
                    throw new BadMailException("attachment-type", "a zip attachment contains a program or script ("
                            + e.getName() + ")");
                }
                boolean nested = e.getName().toLowerCase(Locale.ROOT).endsWith(".zip");
                ByteArrayOutputStream keep = nested ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    expandedSoFar[0] += n;
                    if (keep != null && keep.size() < limits.maxAttachmentBytes()) {
                        keep.write(buffer, 0, n);
                    }
                    if (expandedSoFar[0] > limits.maxZipExpandedBytes()
                            || expandedSoFar[0] > 1024 * 1024 && expandedSoFar[0] > (long) limits.maxZipRatio() * zip.length) {
                        throw new BadMailException("zip-bomb", "a " + zip.length + "-byte zip expands to more than "
                                + expandedSoFar[0] + " bytes");
                    }
                }
                if (keep != null) {
                    checkZip(keep.toByteArray(), nesting + 1, expandedSoFar);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BadMailException("malformed-attachment", "a zip attachment is damaged: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Part part, long max, String what) throws MessagingException, IOException, BadMailException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new BadMailException(what.startsWith("attachment") ? "attachment-too-large" : "too-large",
                        what + " is larger than " + max + " bytes");
            }
            return bytes;
        } catch (java.io.UnsupportedEncodingException e) {
            // An unknown Content-Transfer-Encoding: Jakarta Mail refuses to decode; the raw bytes are the best we have.
            if (part instanceof jakarta.mail.internet.MimePart mp) {
                try (InputStream raw = mp instanceof jakarta.mail.internet.MimeBodyPart b ? b.getRawInputStream()
                        : ((MimeMessage) mp).getRawInputStream()) {
                    return raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
                }
            }
            throw e;
        }
    }

    private static ContentType contentType(Part part) {
        try {
            String raw = part.getContentType();
            return raw == null ? new ContentType("text/plain") : new ContentType(raw);
        } catch (MessagingException | RuntimeException e) {
            // RFC 2045 §5.2: a Content-Type that cannot be read means text/plain in US-ASCII.
            try {
                return new ContentType("text/plain");
            } catch (ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeText.decodeHeader(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Texts.nfcOrNull(s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
