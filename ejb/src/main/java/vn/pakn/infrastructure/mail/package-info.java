/**
 * The e-mail channel's technology: {@link vn.pakn.infrastructure.mail.MailboxReader} (IMAP, IDLE or polling,
 * store-then-move), {@link vn.pakn.infrastructure.mail.MailParser} (Jakarta Mail and jsoup: text, charsets,
 * attachments, automatic mail, limits) and {@link vn.pakn.infrastructure.mail.MailNotificationChannel} (SMTP
 * through the server's mail session, behind the notification outbox). Settings in
 * {@link vn.pakn.infrastructure.mail.MailSettings}; log ids PAKN06xx.
 */
package vn.pakn.infrastructure.mail;
