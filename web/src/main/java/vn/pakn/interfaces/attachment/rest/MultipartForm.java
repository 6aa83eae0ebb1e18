package vn.pakn.interfaces.attachment.rest;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.domain.model.attachment.AttachmentPolicy;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.attachment.StagedFile;

/**
 * A multipart/form-data request read once: text fields as strings, file parts staged to temporary files.
 * Text parts are UTF-8 unless the part names another charset (browsers send none, and RESTEasy would read
 * them as US-ASCII). A file name that arrived as raw UTF-8 bytes read as ISO-8859-1 (what browsers send and
 * what a MIME parser makes of it) is turned back into the Vietnamese name. Close it to delete the staged files.
 */
public final class MultipartForm implements AutoCloseable {

    /** The longest text field read; the resources' own validation has the real limits. */
    private static final int MAX_TEXT_BYTES = 256 * 1024;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<StagedFile> files = new ArrayList<>();

    private MultipartForm() {
    }

    /**
     * @param fileField the name of the file parts ("files"); every other part is a text field
     */
    public static MultipartForm read(List<EntityPart> parts, String fileField, AttachmentPolicy policy) {
        var form = new MultipartForm();
        try {
            for (EntityPart part : parts) {
                // By name only: a browser sends a Blob field (the report's JSON) with the file name "blob".
                if (fileField.equals(part.getName())) {
                    form.addFile(part, policy);
                } else {
                    form.fields.put(part.getName(), text(part));
                }
            }
            return form;
        } catch (IOException e) {
            form.close();
            throw new UncheckedIOException("cannot read the uploaded form", e);
        } catch (RuntimeException e) {
            form.close();
            throw e;
        }
    }

    private void addFile(EntityPart part, AttachmentPolicy policy) throws IOException {
        String name = part.getFileName().map(MultipartForm::repairName).orElse(null);
        // The content can be taken once: peek at it through a pushback stream.
        try (var in = new PushbackInputStream(part.getContent(), 1)) {
            int first = in.read();
            if (first < 0 && (name == null || name.isEmpty())) {
                // An empty <input type="file"> is sent as a part without a file name and without bytes.
                return;
            }
            if (files.size() >= policy.maxFiles()) {
                var why = policy.countRefusal(files.size()).orElseThrow();
                throw DomainException.invalid(why.code(), why.messageVi(), why.messageEn());
            }
            if (first >= 0) {
                in.unread(first);
            }
            files.add(StagedFile.stage(in, name, part.getMediaType() == null ? null : part.getMediaType().toString(),
                    policy.maxBytes()));
        }
    }

    private static String text(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw DomainException.invalid("field-too-long", "Trường " + part.getName() + " quá dài.",
                        "The field " + part.getName() + " is too long.");
            }
            return new String(bytes, charset(part.getMediaType()));
        }
    }

    static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Browsers put the file name in Content-Disposition as raw UTF-8; a parser that reads header bytes as
     * ISO-8859-1 turns "ảnh.jpg" into "áº£nh.jpg". If every character fits in one byte and those bytes are
     * valid UTF-8 with at least one multi-byte sequence, the UTF-8 reading is the name that was sent.
     */
    static String repairName(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return name;
        }
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(s -> !s.isBlank());
    }

    public List<StagedFile> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() {
        files.forEach(StagedFile::close);
    }
}
