package vn.pakn.infrastructure.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.ComplaintDocument;

/**
 * Every report of the database as index documents, read in pages by id (keyset, not offset, so a page costs
 * the same at the millionth report as at the first) and detached after each page so the heap stays flat.
 */
final class ReportDocumentStream implements Iterator<ComplaintDocument> {

    static final int PAGE = 500;

    private final EntityManager em;
    private final Deque<ComplaintDocument> buffer = new ArrayDeque<>();
    private long afterId = Long.MIN_VALUE;
    private boolean exhausted;

    ReportDocumentStream(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean hasNext() {
        if (buffer.isEmpty() && !exhausted) {
            fill();
        }
        return !buffer.isEmpty();
    }

    @Override
    public ComplaintDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    private void fill() {
        List<Report> page = em.createQuery(
                        "SELECT r FROM Report r JOIN FETCH r.currentCase WHERE r.id > :after ORDER BY r.id", Report.class)
                .setParameter("after", afterId).setMaxResults(PAGE).getResultList();
        for (Report r : page) {
            buffer.add(ReportDocuments.of(r));
            afterId = r.getId();
        }
        exhausted = page.size() < PAGE;
        em.clear();
    }
}
