package vn.pakn.application;

import vn.pakn.domain.model.notification.NotificationKind;

/**
 * The one way to send a message to a citizen, a unit or a leader. {@link #notify} stores the message as a
 * PENDING row of the notification outbox in the caller's transaction: if the business change rolls back,
 * no message goes out; once it commits, the delivery job sends it, retrying on failure. Nothing is sent
 * from the caller's thread.
 *
 * <p>Inject it with {@code @Inject Notifier}; tests may pass a lambda.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Queues a message.
     *
     * @param kind why the message goes out
     * @param caseId the case it is about, or {@code null}
     * @param unitId the unit it is about or addressed to, or {@code null}
     * @param recipient as {@link vn.pakn.domain.model.notification.Recipients} writes it ({@code unit:7},
     *     {@code user:an.nv}, {@code role:LEADER}, a citizen's e-mail address or E.164 phone)
     * @param subject one line, Vietnamese then English ({@code "[PAKN] … / …"})
     * @param body plain text, Vietnamese first, English second; no personal data a unit may not see
     */
    void notify(NotificationKind kind, Long caseId, Long unitId, String recipient, String subject, String body);
}
