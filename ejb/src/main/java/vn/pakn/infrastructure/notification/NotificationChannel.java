package vn.pakn.infrastructure.notification;

import vn.pakn.domain.model.notification.Notification;

/**
 * A way to deliver an outbox message (log, e-mail, SMS). Called outside any transaction, at most once per
 * claim; throwing means "try again later" and the message is rescheduled by the retry policy.
 */
public interface NotificationChannel {

    void deliver(Notification notification) throws Exception;
}
