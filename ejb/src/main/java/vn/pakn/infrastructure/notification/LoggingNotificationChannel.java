package vn.pakn.infrastructure.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.notification.Notification;
import vn.pakn.domain.model.notification.Recipients;

/**
 * Stands in for the e-mail channel until it exists: "delivers" by writing one log line with the kind, the
 * ids and the recipient in {@link Recipients#forLog its log form}. Subject and body are not logged: they
 * may quote a citizen's text. The full message stays in the outbox table.
 */
@ApplicationScoped
public class LoggingNotificationChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(LoggingNotificationChannel.class);

    @Override
    public void deliver(Notification n) {
        LOG.infof("PAKN0301: notification %d %s (case %s, unit %s) to %s, attempt %d, delivered to the log",
                n.getId(), n.getKind(), n.getCaseId(), n.getUnitId(), Recipients.forLog(n.getRecipient()), n.getAttempts());
    }
}
