package vn.pakn.application.open311;

import java.time.Instant;
import java.util.List;

/** What the Open311 methods return, field for field as GeoReport v2 names them, before any format is chosen. */
public final class Open311Views {

    private Open311Views() {
    }

    /** A service of GET services: one of our active categories. {@code type} is always "realtime". */
    public record Service(String code, String name, String description, boolean metadata, String type, String keywords,
                          String group) {
    }

    /** GET services/{code}: the category's attributes in order. */
    public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {
    }

    public record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
                            int order, String description, List<Choice> values) {
    }

    public record Choice(String key, String name) {
    }

    /**
     * A service request as GET requests shows it: never the reporter's name, phone or e-mail; the description,
     * address and position only for reports that came in through Open311 itself (see {@link Open311Mapping}).
     */
    public record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                                 String serviceCode, String description, String agencyResponsible, String serviceNotice,
                                 Instant requestedAt, Instant updatedAt, Instant expectedAt, String address,
                                 String addressId, String zipcode, Double lat, Double lon, String mediaUrl) {
    }

    /** The answer to POST requests: our tracking code at once (type realtime), the token, and the SLA text. */
    public record Posted(String serviceRequestId, String token, String serviceNotice, String accountId, boolean replayed) {
    }

    /** GET tokens/{token}. */
    public record TokenLookup(String serviceRequestId, String token) {
    }

    /** A client application's key as an administrator sees it: never the secret (except once, in {@link IssuedKey}). */
    public record ApiKeyView(Long id, String clientName, String contact, String keyPrefix, Instant createdAt, String createdBy,
                             Instant revokedAt, boolean active) {
    }

    /** The answer to issuing a key: the only time the secret {@code apiKey} is shown. */
    public record IssuedKey(ApiKeyView key, String apiKey) {
    }

    /** The client application a valid key belongs to. */
    public record Client(Long keyId, String clientName) {
    }
}
