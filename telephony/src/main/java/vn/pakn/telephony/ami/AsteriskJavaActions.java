package vn.pakn.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import vn.pakn.telephony.AmiActionFailedException;
import vn.pakn.telephony.AmiConnectionException;
import vn.pakn.telephony.AmiTimeoutException;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallBook;

/** {@link AmiActions} over a dedicated asterisk-java connection with event mask {@code off}. */
final class AsteriskJavaActions implements AmiActions {

    private final TelephonySettings settings;
    private final AmiConnector connector;
    private final AtomicLong ids = new AtomicLong();
    private ManagerConnection connection;

    AsteriskJavaActions(TelephonySettings settings) {
        this.settings = settings;
        this.connector = new AmiConnector(settings);
    }

    @Override
    public String originateCallback(CallbackRequest r) {
        OriginateAction a = new OriginateAction();
        String actionId = "pakn-callback-" + r.taskId() + "-" + ids.incrementAndGet();
        a.setActionId(actionId);
        a.setChannel(r.operatorEndpoint());
        a.setContext(r.context());
        a.setExten(r.citizenNumber());
        a.setPriority(1);
        a.setCallerId(r.callerId());
        a.setTimeout(r.ringTimeout().toMillis());
        a.setAsync(Boolean.TRUE); // the response comes at once; the outcome arrives as events
        a.setVariables(Map.of(CallBook.VAR_CALLBACK, r.taskId(), CallBook.VAR_CITIZEN, r.citizenNumber()));
        send(a);
        return actionId;
    }

    @Override
    public void queuePause(String queue, String iface, boolean paused, String reason) {
        QueuePauseAction a = new QueuePauseAction(iface, queue, paused);
        if (reason != null) {
            a.setReason(reason);
        }
        send(a);
    }

    @Override
    public QueueStatusReport queueStatus(String queue) {
        QueueStatusAction a = new QueueStatusAction();
        if (queue != null) {
            a.setQueue(queue);
        }
        ResponseEvents answer = sendList(a);
        List<QueueStatusReport.Member> members = new ArrayList<>();
        List<QueueStatusReport.Waiting> waiting = new ArrayList<>();
        for (ResponseEvent e : answer.getEvents()) {
            if (e instanceof QueueMemberEvent m) {
                members.add(new QueueStatusReport.Member(m.getQueue(), m.getInterface() != null ? m.getInterface()
                        : m.getLocation(), m.getName() != null ? m.getName() : m.getMemberName(),
                        Boolean.TRUE.equals(m.getPaused()), m.getStatus() == null ? 0 : m.getStatus(),
                        m.getCallsTaken() == null ? 0 : m.getCallsTaken()));
            } else if (e instanceof QueueEntryEvent q) {
                waiting.add(new QueueStatusReport.Waiting(q.getQueue(), q.getUniqueId(), q.getChannel(),
                        q.getPosition() == null ? 0 : q.getPosition(),
                        Duration.ofSeconds(q.getWait() == null ? 0 : q.getWait())));
            }
        }
        return new QueueStatusReport(members, waiting);
    }

    @Override
    public void ping() {
        send(new PingAction());
    }

    @Override
    public synchronized void close() {
        AmiConnector.quietlyClose(connection);
        connection = null;
    }

    private ManagerResponse send(ManagerAction action) {
        ManagerResponse response;
        try {
            response = connection().sendAction(action, settings.responseTimeout().toMillis());
        } catch (TimeoutException e) {
            throw new AmiTimeoutException("PAKN-TEL-0020 no answer to " + action.getAction() + " within "
                    + settings.responseTimeout().toMillis() + " ms", e);
        } catch (IOException | IllegalStateException e) {
            dropConnection();
            throw new AmiConnectionException("PAKN-TEL-0021 AMI connection failed while sending "
                    + action.getAction() + ": " + e.getMessage(), e);
        }
        if (response instanceof ManagerError) {
            throw new AmiActionFailedException("PAKN-TEL-0022 Asterisk refused " + action.getAction() + ": "
                    + response.getMessage());
        }
        return response;
    }

    private ResponseEvents sendList(EventGeneratingAction action) {
        ResponseEvents answer;
        try {
            answer = connection().sendEventGeneratingAction(action, settings.responseTimeout().toMillis());
        } catch (EventTimeoutException e) {
            throw new AmiTimeoutException("PAKN-TEL-0020 incomplete answer to " + action.getAction() + " within "
                    + settings.responseTimeout().toMillis() + " ms", e);
        } catch (IOException | IllegalStateException e) {
            dropConnection();
            throw new AmiConnectionException("PAKN-TEL-0021 AMI connection failed while sending "
                    + action.getAction() + ": " + e.getMessage(), e);
        }
        if (answer.getResponse() instanceof ManagerError) {
            throw new AmiActionFailedException("PAKN-TEL-0022 Asterisk refused " + action.getAction() + ": "
                    + answer.getResponse().getMessage());
        }
        return answer;
    }

    private synchronized ManagerConnection connection() {
        if (connection == null || connection.getState() != ManagerConnectionState.CONNECTED) {
            AmiConnector.quietlyClose(connection);
            connection = connector.login("off", null);
        }
        return connection;
    }

    private synchronized void dropConnection() {
        AmiConnector.quietlyClose(connection);
        connection = null;
    }
}
