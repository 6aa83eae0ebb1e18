package vn.pakn.application.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.inbox.InboxItem;
import vn.pakn.domain.model.shared.Channel;

/**
 * Writes accepted submissions into the journal (inbox_item rows with their tracking code), a whole batch per
 * transaction: one query for the idempotency keys already used, one for the codes already taken, then the inserts
 * as one JDBC batch. The transaction commits when a method returns; only then are the receipts handed out.
 */
@Stateless
public class JournalStore {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private TrackingCodes codes;

    @Inject
    private ReportIntake intake;

    /** Journals the batch in one transaction; the receipts in the entries' order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Receipt> append(List<JournalEntry> entries) {
        Map<String, Receipt> earlier = earlierReceipts(entries);
        Iterator<String> fresh = codes.draw(entries.size()).iterator();
        List<Receipt> receipts = new ArrayList<>(entries.size());
        Map<String, Receipt> inThisBatch = new HashMap<>();
        for (JournalEntry e : entries) {
            String key = keyOf(e);
            Receipt replay = e.idempotencyKey() == null ? null : earlier.getOrDefault(key, inThisBatch.get(key));
            if (replay != null) {
                receipts.add(replay.asReplay());
                continue;
            }
            String code = fresh.next();
            em.persist(InboxItem.journaled(e.channel(), e.idempotencyKey() == null ? "auto-" + UUID.randomUUID() : e.idempotencyKey(),
                    e.receivedAt(), e.payload(), code, e.submittedBy(), e.forwardDueAt()));
            Receipt receipt = new Receipt(code, CaseState.RECEIVED, e.receivedAt(), e.forwardDueAt(), false);
            receipts.add(receipt);
            if (e.idempotencyKey() != null) {
                inThisBatch.put(key, receipt);
            }
        }
        em.flush();
        return receipts;
    }

    /** One entry in its own transaction: the fallback when a batch failed as a whole. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt appendOne(JournalEntry entry) {
        return append(List.of(entry)).get(0);
    }

    private Map<String, Receipt> earlierReceipts(List<JournalEntry> entries) {
        Map<Channel, List<String>> keysByChannel = new HashMap<>();
        for (JournalEntry e : entries) {
            if (e.idempotencyKey() != null) {
                keysByChannel.computeIfAbsent(e.channel(), ch -> new ArrayList<>()).add(e.idempotencyKey());
            }
        }
        Map<String, Receipt> earlier = new HashMap<>();
        keysByChannel.forEach((channel, keys) -> em.createQuery(
                        "SELECT i FROM InboxItem i WHERE i.channel = :ch AND i.idempotencyKey IN :keys", InboxItem.class)
                .setParameter("ch", channel).setParameter("keys", keys).getResultList()
                .forEach(item -> intake.receiptOf(item).ifPresent(r -> earlier.put(channel + " " + item.getIdempotencyKey(), r))));
        return earlier;
    }

    private static String keyOf(JournalEntry e) {
        return e.channel() + " " + e.idempotencyKey();
    }
}
