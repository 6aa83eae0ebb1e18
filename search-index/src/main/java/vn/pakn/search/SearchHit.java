package vn.pakn.search;

import java.time.Instant;

/**
 * One report found by a staff search. Phone numbers and e-mail addresses in the snippet are masked.
 *
 * @param snippet best passages of the text with matches in {@code <b>…</b>}, or the start of the text
 */
public record SearchHit(String id, String caseId, String title, String snippet, String category, String area,
    String unit, String state, Instant receivedAt, float score) {}
