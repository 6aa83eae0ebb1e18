/**
 * Third-party client applications that report through the Open311 GeoReport v2 API: their API keys
 * ({@link vn.pakn.domain.model.open311.ApiKey}, stored as a SHA-256 hash only) and what a client sent besides
 * the report itself ({@link vn.pakn.domain.model.open311.Open311Submission}: token, media URL, attribute answers).
 * The report goes through the same intake as every other channel; these entities only add what Open311 has
 * and our report does not.
 */
package vn.pakn.domain.model.open311;
