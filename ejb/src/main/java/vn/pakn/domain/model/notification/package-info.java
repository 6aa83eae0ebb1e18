/**
 * The notification outbox: every message to citizens, units and leaders is a
 * {@link vn.pakn.domain.model.notification.Notification} row written in the transaction of the change it
 * reports (through {@code vn.pakn.application.Notifier}), then delivered by a channel with retries
 * ({@link vn.pakn.domain.model.notification.RetryPolicy}). Recipients are symbolic where they can be
 * ({@link vn.pakn.domain.model.notification.Recipients}), so addresses are resolved at delivery time and
 * logs never carry personal data.
 */
package vn.pakn.domain.model.notification;
