/**
 * The e-mail channel's administration API, ADMIN only: the templates of outgoing mail
 * ({@code /api/admin/mail-templates}, placeholders checked on save) and the quarantine of refused inbound mail
 * with the reason for each ({@code /api/admin/mail-quarantine}).
 */
package vn.pakn.interfaces.mail.rest;
