/**
 * Files that come with a report or an answer: {@link vn.pakn.domain.model.attachment.Attachment} (what the file
 * is, whose it is and who may see it; the bytes live beside it, see the infrastructure's content store),
 * {@link vn.pakn.domain.model.attachment.AttachmentPolicy} (size, count and the types accepted, decided from
 * the bytes) and {@link vn.pakn.domain.model.attachment.FileNames} (a given file name made safe to store and
 * to send back).
 */
package vn.pakn.domain.model.attachment;
