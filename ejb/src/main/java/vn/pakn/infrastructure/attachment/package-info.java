/**
 * Attachment files on disk and in the database: {@link vn.pakn.infrastructure.attachment.StagedFile} (an
 * incoming file spooled to a temporary file while its size and SHA-256 are counted),
 * {@link vn.pakn.infrastructure.attachment.FileSniffer} (the type from the bytes, down to Word vs. Excel),
 * {@link vn.pakn.infrastructure.attachment.AttachmentContents} (the bytes streamed into and out of
 * {@code attachment_content} over JDBC, in the caller's transaction) and
 * {@link vn.pakn.infrastructure.attachment.AttachmentSettings}.
 */
package vn.pakn.infrastructure.attachment;
