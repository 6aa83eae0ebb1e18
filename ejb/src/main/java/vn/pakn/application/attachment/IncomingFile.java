package vn.pakn.application.attachment;

import vn.pakn.domain.model.attachment.AttachmentPolicy;
import vn.pakn.infrastructure.attachment.StagedFile;

/**
 * A file as it arrived, before it is stored: staged with its bytes, or already refused by the channel (an
 * e-mail attachment over the mail limit, whose bytes were never kept).
 */
public record IncomingFile(StagedFile staged, String givenName, String declaredType, String sniffedType, long size,
                           AttachmentPolicy.Refusal refusedBefore) {

    public static IncomingFile staged(StagedFile file) {
        return new IncomingFile(file, file.givenName(), null, file.contentType(), file.size(), null);
    }

    public static IncomingFile refused(String givenName, String declaredType, String sniffedType, long size,
                                       AttachmentPolicy.Refusal why) {
        return new IncomingFile(null, givenName, declaredType, sniffedType, size, why);
    }
}
