/**
 * Delivery of the notification outbox: {@link vn.pakn.infrastructure.notification.OutboxNotifier} writes
 * rows, {@link vn.pakn.infrastructure.notification.NotificationDispatcher} claims due rows (a conditional
 * UPDATE, so two nodes never deliver one row twice) and hands them to a
 * {@link vn.pakn.infrastructure.notification.NotificationChannel}. Until the e-mail channel exists, the
 * logging channel stands in for it and writes no personal data.
 */
package vn.pakn.infrastructure.notification;
