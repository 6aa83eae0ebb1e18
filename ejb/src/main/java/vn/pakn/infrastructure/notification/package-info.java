/**
 * Delivery of the notification outbox: {@link vn.pakn.infrastructure.notification.OutboxNotifier} writes
 * rows, {@link vn.pakn.infrastructure.notification.NotificationDispatcher} claims due rows (a conditional
 * UPDATE, so two nodes never deliver one row twice) and hands them to a
 * {@link vn.pakn.infrastructure.notification.NotificationChannel}: the e-mail channel
 * ({@code vn.pakn.infrastructure.mail.MailNotificationChannel}), which hands messages without an e-mail address
 * (a phone number, a unit without one) to the logging channel; that one writes no personal data.
 */
package vn.pakn.infrastructure.notification;
