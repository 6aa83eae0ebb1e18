package vn.pakn.telephony.ami;

import java.io.IOException;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.TimeoutException;
import vn.pakn.telephony.AmiAuthenticationException;
import vn.pakn.telephony.AmiConnectionException;
import vn.pakn.telephony.AmiTimeoutException;
import vn.pakn.telephony.TelephonySettings;

/** Opens and logs in one asterisk-java manager connection, turning its checked exceptions into ours. */
final class AmiConnector {

    private final TelephonySettings settings;

    AmiConnector(TelephonySettings settings) {
        this.settings = settings;
    }

    /**
     * @param eventMask {@code "on"} for the event connection, {@code "off"} for the action connection (Asterisk then
     *                  sends it no events at all)
     */
    ManagerConnection login(String eventMask, ManagerEventListener listener) {
        ManagerConnection c = new ManagerConnectionFactory(settings.amiHost(), settings.amiPort(),
                settings.amiUsername(), settings.amiSecret()).createManagerConnection();
        if (listener != null) {
            c.addEventListener(listener);
        }
        try {
            c.login(eventMask);
            return c;
        } catch (AuthenticationFailedException e) {
            quietlyClose(c);
            throw new AmiAuthenticationException("PAKN-TEL-0001 AMI login refused for user '" + settings.amiUsername()
                    + "' at " + settings.amiHost() + ":" + settings.amiPort()
                    + ": check the manager.conf user and secret (" + e.getMessage() + ")", e);
        } catch (TimeoutException e) {
            quietlyClose(c);
            throw new AmiTimeoutException("PAKN-TEL-0002 AMI login timed out at " + settings.amiHost() + ":"
                    + settings.amiPort() + ": is this an Asterisk manager port?", e);
        } catch (IOException | RuntimeException e) {
            quietlyClose(c);
            throw new AmiConnectionException("PAKN-TEL-0003 cannot connect to AMI at " + settings.amiHost() + ":"
                    + settings.amiPort() + ": " + e.getMessage(), e);
        }
    }

    /** Logs off if possible; also stops asterisk-java's own reconnect loop, which would otherwise run forever. */
    static void quietlyClose(ManagerConnection c) {
        if (c == null) {
            return;
        }
        try {
            ManagerConnectionState s = c.getState();
            if (s == ManagerConnectionState.CONNECTED || s == ManagerConnectionState.RECONNECTING) {
                c.logoff();
            }
        } catch (RuntimeException e) {
            // already gone
        }
    }
}
