package vn.pakn.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.it.support.Await;
import vn.pakn.it.support.Deployments;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.MailServers;

/**
 * Two server nodes on one mailbox and one database. The second node is a second deployment of the same WAR on
 * the same WildFly (its own class loader, so its own lease holder name, its own IMAP connections and workers, its
 * own Lucene directory, at /node2), which is what two nodes share and do not share as far as the mailbox goes.
 *
 * <p>The lease normally lets one node read. To test what stands behind it (the unique key on the stored message
 * and the row lock on processing), the test takes the lease away every few hundred milliseconds while a batch is
 * read, so the nodes read the same inbox in turns and overlapping: every message must still become exactly one
 * report with exactly one acknowledgement.
 */
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoMailReadersIT {

    private static final String NODE1 = "node1";
    private static final String NODE2 = "node2";
    private static final Duration WAIT = Duration.ofSeconds(150);

    @Deployment(name = NODE1, managed = false, testable = false)
    static WebArchive node1() {
        return Deployments.app();
    }

    /** The same WAR at /node2 with a Lucene directory of its own (a node's index is its own, PAKN_INDEX_DIR). */
    @Deployment(name = NODE2, managed = false, testable = false)
    static WebArchive node2() throws Exception {
        String indexDir = Files.createTempDirectory("pakn-node2-index").toString();
        return ShrinkWrap.create(WebArchive.class, "node2.war").merge(Deployments.app())
                .addAsWebInfResource(new StringAsset("<jboss-web><context-root>/node2</context-root></jboss-web>"), "jboss-web.xml")
                .addAsResource(new StringAsset("pakn.index.dir=" + indexDir.replace("\\", "/") + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    private Deployer deployer;

    @Test
    void twoNodesReadingOneMailboxTakeEveryMessageInExactlyOnce() throws Exception {
        String batch = "two-" + UUID.randomUUID().toString().substring(0, 8);
        int n = 120;
        Set<String> holders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ScheduledExecutorService leaseTaker = Executors.newSingleThreadScheduledExecutor();
        try {
            // Arquillian undeploys both after the class.
            deployer.deploy(NODE1);
            deployer.deploy(NODE2);
            leaseTaker.scheduleWithFixedDelay(() -> {
                ItDatabase.value("SELECT holder FROM job_lease WHERE job_name = 'mailbox-reader' AND leased_until > CURRENT_TIMESTAMP")
                        .ifPresent(h -> holders.add(String.valueOf(h)));
                ItDatabase.update("UPDATE job_lease SET leased_until = TIMESTAMP '2000-01-01 00:00:00' WHERE job_name = 'mailbox-reader'");
            }, 0, 300, TimeUnit.MILLISECONDS);
            // The mail arrives while both nodes run, in bursts, as a mail server delivers it.
            for (int i = 0; i < n; i++) {
                MailServers.deliver(citizenMail("dan" + i + "." + batch + "@example.vn", batch + "-" + i + "@example.vn",
                        "Phản ánh số " + i, "Rác thải chưa được thu gom ở tổ " + i + " (" + batch + ")."));
                if (i % 20 == 19) {
                    Thread.sleep(700);
                }
            }

            Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ? AND status = 'REPORT'", batch + "-%"),
                    done -> done == n, WAIT);
        } finally {
            leaseTaker.shutdownNow();
            leaseTaker.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(holders).as("both nodes held the mailbox while the batch was read").hasSizeGreaterThanOrEqualTo(2);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ?", batch + "-%"))
                .as("each message stored once").isEqualTo(n);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%(" + batch + ")."))
                .as("each message one report").isEqualTo(n);
        assertThat(ItDatabase.count("SELECT COUNT(DISTINCT description) FROM report WHERE description LIKE ?", "%(" + batch + ")."))
                .isEqualTo(n);
        // The outbox sends at its own pace, after whatever earlier tests left in it.
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                "%." + batch + "@example.vn"), sent -> sent >= n, WAIT);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ?", "%." + batch + "@example.vn"))
                .as("one acknowledgement per report").isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(MailServers.receivedBy("dan" + i + "." + batch + "@example.vn")).as("citizen %d got one acknowledgement", i)
                    .hasSize(1);
        }
    }

    private static byte[] citizenMail(String from, String messageId, String subject, String body) {
        String headers = "From: " + from + "\r\nTo: " + MailServers.MAILBOX_ADDRESS + "\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\nMessage-ID: <" + messageId
                + ">\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        return (headers + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
