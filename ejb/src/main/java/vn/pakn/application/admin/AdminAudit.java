package vn.pakn.application.admin;

import org.jboss.logging.Logger;

/**
 * One audit line per ADMIN change: {@code PAKN0700: admin <who> <action> <what> <key>[ <detail>]}. Keys are
 * codes, usernames, dates and ids; never a password, a hash or a person's name, e-mail or phone.
 */
final class AdminAudit {

    private static final Logger LOG = Logger.getLogger("vn.pakn.audit.admin");

    private AdminAudit() {
    }

    static void log(String who, String action, String what, Object key) {
        LOG.infof("PAKN0700: admin %s %s %s %s", who, action, what, key);
    }

    static void log(String who, String action, String what, Object key, String detail) {
        LOG.infof("PAKN0700: admin %s %s %s %s %s", who, action, what, key, detail);
    }
}
