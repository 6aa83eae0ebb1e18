/**
 * The e-mail channel's use cases: {@link vn.pakn.application.mail.MailIntake} stores an inbound message and
 * then turns it into a report, a follow-up of an existing case, a kept-but-ignored automatic message or a
 * quarantined one; {@link vn.pakn.application.mail.MailTemplates} keeps the editable texts of outgoing mail;
 * {@link vn.pakn.application.mail.MailQuarantine} shows ADMIN what was refused and why.
 */
package vn.pakn.application.mail;
