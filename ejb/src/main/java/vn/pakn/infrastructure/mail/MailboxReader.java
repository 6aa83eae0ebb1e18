package vn.pakn.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.mail.MailIntake;
import vn.pakn.domain.model.mail.MailStatus;
import vn.pakn.infrastructure.scheduling.SchedulingSettings;

/**
 * Reads the citizens' mailbox over IMAP (PAKN_IMAP_*; off when no host is set). Every message is first stored
 * raw ({@link MailIntake#store}), then processed ({@link MailIntake#process}), and only then moved to the
 * processed (or quarantine) folder: a crash at any point leaves the message in the inbox, and reading it
 * again finds the stored copy, so nothing is lost and nothing is taken in twice. A message that cannot be
 * handled is quarantined and moved aside, so one bad message never blocks the mailbox.
 *
 * <p>A container-managed thread ({@link ManagedThreadFactory}) polls every poll interval; where the server
 * supports IMAP IDLE, a second one waits in IDLE and wakes the reader as soon as mail arrives. The messages of a batch are read
 * a window per IMAP command ({@link RawMailFetcher}) and stored and processed in parallel on the container's
 * {@link ManagedExecutorService} while the next window is read; the IMAP connection is used by one thread. With several nodes, {@link MailboxLease} lets one read.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ComplaintSearchIndex", "MailboxLease"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class);
    /** Messages read ahead of the workers at most, and their bytes: a batch of big messages stays within the heap. */
    private static final int IN_FLIGHT_MESSAGES = 64;
    private static final long IN_FLIGHT_BYTES = 64L * 1024 * 1024;
    /** Messages and bytes read with one IMAP FETCH; a bigger message is read alone. */
    private static final int WINDOW_MESSAGES = 25;
    private static final long WINDOW_BYTES = 4L * 1024 * 1024;
    /** How long stopping waits for the read thread to end its batch before releasing the lease anyway. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    /** Polls at which a stored message may fail processing before it is quarantined ({@link ProcessingRetries}). */
    private static final int PROCESSING_ATTEMPTS = 3;

    @Resource
    private ManagedThreadFactory threads;

    /** The mail workers (04-mail.cli); the container's default executor where that one is not defined. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/pakn-mail")
    private ManagedExecutorService executor;

    @Inject
    private MailIntake intake;

    @Inject
    private MailboxLease lease;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_HOST)
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_PORT, defaultValue = MailSettings.Defaults.IMAP_PORT)
    private int port;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_TLS, defaultValue = MailSettings.Defaults.IMAP_TLS)
    private boolean tls;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_USER)
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_PASSWORD)
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_FOLDER, defaultValue = MailSettings.Defaults.IMAP_FOLDER)
    private String folderName;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_PROCESSED_FOLDER, defaultValue = MailSettings.Defaults.IMAP_PROCESSED_FOLDER)
    private String processedName;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_QUARANTINE_FOLDER, defaultValue = MailSettings.Defaults.IMAP_QUARANTINE_FOLDER)
    private String quarantineName;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_POLL_INTERVAL, defaultValue = MailSettings.Defaults.IMAP_POLL_INTERVAL)
    private Duration pollInterval;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_IDLE, defaultValue = MailSettings.Defaults.IMAP_IDLE)
    private boolean useIdle;

    @Inject
    @ConfigProperty(name = MailSettings.IMAP_BATCH_SIZE, defaultValue = MailSettings.Defaults.IMAP_BATCH_SIZE)
    private int batchSize;

    @Inject
    @ConfigProperty(name = MailSettings.MAX_MESSAGE_BYTES, defaultValue = MailSettings.Defaults.MAX_MESSAGE_BYTES)
    private long maxMessageBytes;

    private final AtomicBoolean polling = new AtomicBoolean();
    private final ProcessingRetries retries = new ProcessingRetries(PROCESSING_ATTEMPTS);
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private volatile Store store;
    private volatile Store idleStore;
    private volatile Thread readThread;

    @PostConstruct
    void start() {
        if (!enabled()) {
            LOG.info("PAKN0600: mailbox reader off (no PAKN_IMAP_HOST)");
            return;
        }
        readThread = threads.newThread(this::readLoop);
        readThread.start();
        if (useIdle) {
            threads.newThread(this::idleLoop).start();
        }
        LOG.infof("PAKN0605: mailbox reader on: %s:%d folder %s, polling every %s%s", host.get(), effectivePort(), folderName,
                pollInterval, useIdle ? ", IDLE where supported" : "");
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /**
     * The reader's own container-managed thread: a poll every poll interval, at once when IDLE reports new
     * mail ({@link #wakeUp}), and again without waiting while batches come back full.
     */
    private void readLoop() {
        while (!stopping) {
            int handled = pollOnce();
            if (handled >= Math.max(1, batchSize)) {
                continue;
            }
            synchronized (signal) {
                if (!woken && !stopping) {
                    try {
                        signal.wait(Math.max(1000, pollInterval.toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /** Makes the reader poll now (new mail announced by IDLE). */
    public void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Reads one batch if this node holds the mailbox lease; the number of messages handled. A poll that is
     * already running on this node makes this call return 0 at once.
     */
    public int pollOnce() {
        if (!enabled() || stopping || !polling.compareAndSet(false, true)) {
            return 0;
        }
        try {
            Duration leaseLength = pollInterval.multipliedBy(3).compareTo(Duration.ofMinutes(1)) > 0
                    ? pollInterval.multipliedBy(3) : Duration.ofMinutes(1);
            if (!lease.hold(SchedulingSettings.NODE, clock.instant(), leaseLength)) {
                return 0;
            }
            return readBatch();
        } catch (MessagingException | RuntimeException e) {
            if (stopping) {
                // The connection was closed under the batch by stop(); what was not settled stays in the inbox.
                LOG.debugf("mailbox poll ended by the reader stopping (%s)", e.getClass().getName());
                return 0;
            }
            LOG.warnf("PAKN0606: mailbox poll failed (%s: %s); the next poll tries again", e.getClass().getName(), e.getMessage());
            closeQuietly(store);
            store = null;
            return 0;
        } finally {
            polling.set(false);
        }
    }

    /**
     * One batch: the raw bytes are read over the one IMAP connection a window at a time ({@link RawMailFetcher}:
     * one FETCH per window), the messages are stored and processed in parallel on the container's executor
     * (each in its own transactions) while the next window is read, and then those that are done are moved with
     * one COPY per target folder and one STORE of the deleted flag; closing the folder expunges. Messages and
     * bytes in flight are bounded, so the reader waits for the oldest before it reads beyond the bound.
     */
    private int readBatch() throws MessagingException {
        Store s = connected();
        Folder inbox = s.getFolder(folderName);
        inbox.open(Folder.READ_WRITE);
        List<Message> toProcessed = new ArrayList<>();
        List<Message> toQuarantine = new ArrayList<>();
        try {
            int count = inbox.getMessageCount();
            if (count == 0) {
                return 0;
            }
            Message[] messages = inbox.getMessages(1, Math.min(count, Math.max(1, batchSize)));
            FetchProfile fp = new FetchProfile();
            fp.add(FetchProfile.Item.SIZE);
            fp.add(FetchProfile.Item.FLAGS);
            fp.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, fp);
            List<Message> live = new ArrayList<>();
            for (Message m : messages) {
                if (!m.isExpunged() && !m.isSet(Flags.Flag.DELETED)) {
                    live.add(m);
                }
            }
            var fetcher = new RawMailFetcher(WINDOW_MESSAGES, Math.min(WINDOW_BYTES, maxMessageBytes), maxMessageBytes);
            Deque<InFlight> inFlight = new ArrayDeque<>();
            long bytesInFlight = 0;
            for (List<Message> window : fetcher.windows(live)) {
                long windowBytes = 0;
                for (Message m : window) {
                    if (m.isExpunged()) {
                        continue;
                    }
                    windowBytes += Math.max(0, Math.min(m.getSize(), maxMessageBytes));
                }
                // Bounded memory: settle the oldest messages in flight before reading more than the bound.
                while (!inFlight.isEmpty() && (inFlight.size() + window.size() > IN_FLIGHT_MESSAGES
                        || bytesInFlight + windowBytes > IN_FLIGHT_BYTES)) {
                    InFlight done = inFlight.poll();
                    bytesInFlight -= done.bytes();
                    settle(done, toProcessed, toQuarantine);
                }
                if (stopping) {
                    break;
                }
                for (RawMailFetcher.Raw raw : fetcher.fetch(inbox, window)) {
                    bytesInFlight += raw.bytes().length;
                    inFlight.add(new InFlight(raw.message(), raw.bytes().length,
                            executor.submit(() -> handle(raw.bytes(), raw.size()))));
                }
            }
            while (!inFlight.isEmpty()) {
                settle(inFlight.poll(), toProcessed, toQuarantine);
            }
            move(inbox, toProcessed, ensure(s, processedName));
            move(inbox, toQuarantine, ensure(s, quarantineName));
        } finally {
            inbox.close(true);
        }
        int handled = toProcessed.size() + toQuarantine.size();
        if (handled > 0) {
            LOG.debugf("mailbox: %d messages handled", handled);
        }
        return handled;
    }

    /** A message handed to a worker: what it weighs in memory and how its handling ends. */
    private record InFlight(Message message, long bytes, Future<Optional<MailStatus>> outcome) {
    }

    private static void settle(InFlight f, List<Message> toProcessed, List<Message> toQuarantine) {
        Optional<MailStatus> outcome = outcomeOf(f.outcome());
        if (outcome.isPresent()) {
            (outcome.get() == MailStatus.QUARANTINED ? toQuarantine : toProcessed).add(f.message());
        }
    }

    private static Optional<MailStatus> outcomeOf(Future<Optional<MailStatus>> f) {
        try {
            return f.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies the messages to the folder, then marks them deleted: only a copy that succeeded removes the original.
     * Messages another reader has moved meanwhile (a lease handed over in the middle of a batch) are left out of
     * each command: the server announces their expunge in any answer, and a command naming nothing but such
     * messages fails.
     */
    private static void move(Folder from, List<Message> messages, Folder to) throws MessagingException {
        Message[] present = stillPresent(messages);
        if (present.length > 0) {
            from.copyMessages(present, to);
        }
        present = stillPresent(messages);
        if (present.length > 0) {
            from.setFlags(present, new Flags(Flags.Flag.DELETED), true);
        }
    }

    private static Message[] stillPresent(List<Message> messages) {
        return messages.stream().filter(m -> !m.isExpunged()).toArray(Message[]::new);
    }

    /** Stores and processes one message; empty if it must stay in the inbox (the database is unavailable). */
    private Optional<MailStatus> handle(byte[] raw, long size) {
        MailIntake.Stored stored;
        try {
            stored = storeWithRetry(raw, size);
        } catch (RuntimeException e) {
            LOG.warnf("PAKN0608: a message could not be stored (%s); it stays in the mailbox", e.getClass().getName());
            return Optional.empty();
        }
        if (stored.done()) {
            return Optional.of(stored.quarantined() ? MailStatus.QUARANTINED : MailStatus.REPORT);
        }
        try {
            MailStatus status = intake.process(stored.mailItemId()).status();
            retries.settled(stored.mailItemId());
            return Optional.of(status);
        } catch (RuntimeException e) {
            if (stopping) {
                return Optional.empty();
            }
            if (!retries.failedAndExhausted(stored.mailItemId())) {
                LOG.warnf("PAKN0609: mail %d could not be processed (%s, attempt %d of %d); it stays in the mailbox for the next poll",
                        stored.mailItemId(), e.getClass().getName(), retries.failuresOf(stored.mailItemId()), retries.attempts());
                LOG.debug("mail processing failure", e);
                return Optional.empty();
            }
            LOG.warnf("PAKN0609: mail %d could not be processed %d times (%s); quarantining it", stored.mailItemId(),
                    retries.attempts(), e.getClass().getName());
            LOG.debug("mail processing failure", e);
            try {
                return Optional.of(intake.quarantine(stored.mailItemId(), MailIntake.processingFailed(e)).status());
            } catch (RuntimeException again) {
                return Optional.empty();
            }
        }
    }

    /** A second reader may insert the same message at the same moment; the retry then finds its row. */
    private MailIntake.Stored storeWithRetry(byte[] raw, long size) {
        try {
            return intake.store(raw, size);
        } catch (RuntimeException first) {
            return intake.store(raw, size);
        }
    }

    private static Folder ensure(Store s, String name) throws MessagingException {
        Folder f = s.getFolder(name);
        if (!f.exists()) {
            f.create(Folder.HOLDS_MESSAGES);
        }
        return f;
    }

    private Store connected() throws MessagingException {
        Store s = store;
        if (s == null || !s.isConnected()) {
            closeQuietly(s);
            s = connect();
            store = s;
        }
        return s;
    }

    private Store connect() throws MessagingException {
        String protocol = tls ? "imaps" : "imap";
        Properties p = new Properties();
        p.setProperty("mail.store.protocol", protocol);
        p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        p.setProperty("mail." + protocol + ".timeout", "60000");
        p.setProperty("mail." + protocol + ".writetimeout", "60000");
        p.setProperty("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
        if (tls) {
            p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        Store s = Session.getInstance(p).getStore(protocol);
        s.connect(host.orElseThrow(), effectivePort(), user.orElse(null), password.orElse(null));
        return s;
    }

    private int effectivePort() {
        return port > 0 ? port : tls ? 993 : 143;
    }

    /**
     * Waits in IMAP IDLE on a connection of its own and polls when the server reports new mail; returns when
     * the server has no IDLE (the timer polls) or the reader stops. Errors wait one poll interval and retry.
     */
    private void idleLoop() {
        while (!stopping) {
            try {
                Store s = connect();
                idleStore = s;
                if (!supportsIdle(s)) {
                    LOG.info("PAKN0610: the IMAP server has no IDLE; the mailbox is polled");
                    closeQuietly(s);
                    return;
                }
                Folder f = s.getFolder(folderName);
                f.open(Folder.READ_ONLY);
                var idle = f.getClass().getMethod("idle", boolean.class);
                while (!stopping && f.isOpen()) {
                    wakeUp();
                    idle.invoke(f, true);
                }
            } catch (ReflectiveOperationException | MessagingException | RuntimeException e) {
                if (!stopping) {
                    LOG.debugf("IMAP IDLE interrupted (%s); retrying after the poll interval", e.getClass().getName());
                    sleep(pollInterval);
                }
            } finally {
                closeQuietly(idleStore);
                idleStore = null;
            }
        }
    }

    private static boolean supportsIdle(Store s) {
        try {
            return (Boolean) s.getClass().getMethod("hasCapability", String.class).invoke(s, "IDLE");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1000, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /**
     * Stops reading and hands the mailbox over at once: the read thread is let finish (closing the connections
     * ends a batch in progress; what it did not settle stays in the inbox, stored or not, and is taken up by
     * the next reader), and only then is the lease released, so that a poll already past its check of
     * {@code stopping} cannot take the lease again after the release.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        wakeUp();
        closeQuietly(idleStore);
        closeQuietly(store);
        if (!enabled()) {
            return;
        }
        Thread t = readThread;
        if (t != null) {
            try {
                t.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            lease.release(SchedulingSettings.NODE);
            LOG.info("PAKN0607: mailbox reader stopped; the mailbox lease is released");
        } catch (RuntimeException e) {
            LOG.warnf("PAKN0607: mailbox reader stopped, but its lease was not released (%s); another node reads the mailbox "
                    + "once the lease runs out", e.getClass().getName());
        }
    }

    private static void closeQuietly(Store s) {
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException ignored) {
                // closing a broken connection; nothing to do
            }
        }
    }
}
