/**
 * The e-mail channel's records: {@link vn.pakn.domain.model.mail.MailItem} (an inbound message as received,
 * with what became of it), {@link vn.pakn.domain.model.mail.MailThread} (Message-IDs that tie replies to a
 * case) and {@link vn.pakn.domain.model.mail.MailTemplate} (the editable texts of outgoing mail, with the
 * placeholder rules of {@link vn.pakn.domain.model.mail.TemplatePlaceholders}).
 */
package vn.pakn.domain.model.mail;
