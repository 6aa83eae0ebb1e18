package vn.pakn.search;

import java.time.Instant;

/**
 * A published answer found by the public search. Carries nothing about the reporter: no report text, no
 * phone, no name, no location point; phone numbers and e-mail addresses in the answer are masked as well.
 *
 * @param snippet best passages of the answer with matches in {@code <b>…</b>}
 */
public record PublishedAnswer(String caseId, String category, String area, String snippet, Instant receivedAt,
    float score) {}
