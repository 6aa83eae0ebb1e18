package vn.pakn.application.attachment;

import java.time.Instant;
import vn.pakn.domain.model.attachment.Attachment;
import vn.pakn.domain.model.attachment.Visibility;
import vn.pakn.domain.model.shared.Channel;

/**
 * An attachment as listed: never the bytes, never who uploaded it in the public list.
 *
 * @param source   REPORT (sent with a report), FOLLOW_UP (a reporter's later e-mail) or ANSWER
 * @param rejected why the file was refused (Vietnamese / English), or null when its content is kept
 */
public record AttachmentView(long id, String fileName, String contentType, long size, String sha256, Channel channel,
                             Visibility visibility, String source, Long reportId, Long answerId, boolean image,
                             String rejected, Instant createdAt) {

    static AttachmentView of(Attachment a) {
        String source = a.getAnswerId() != null ? "ANSWER" : a.getReportId() != null ? "REPORT" : "FOLLOW_UP";
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(), a.getChannel(),
                a.getVisibility(), source, a.getReportId(), a.getAnswerId(), a.isImage(), a.getRejectedReason(), a.getCreatedAt());
    }

    /** The same, for the public: only what the citizen needs to pick and download a file. */
    AttachmentView forPublic() {
        return new AttachmentView(id, fileName, contentType, size, sha256, null, visibility, source, null, null, image, null,
                createdAt);
    }
}
