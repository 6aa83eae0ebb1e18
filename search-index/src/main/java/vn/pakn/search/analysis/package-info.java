/**
 * Vietnamese text analysis: legacy encoding (TCVN3, VNI) repair and NFC, syllable/number/phone tokenizer,
 * tone-mark normalisation, address forms, stop words, diacritic folding, the analyzer that chains them, and the
 * masking of personal data in text shown to others.
 */
package vn.pakn.search.analysis;
