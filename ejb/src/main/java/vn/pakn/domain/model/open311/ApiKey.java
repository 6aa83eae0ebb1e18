package vn.pakn.domain.model.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The API key of one client application. The key is 32 random bytes, shown once when issued; only its
 * SHA-256 is stored (a key is not a password people choose, so a fast hash that can be looked up by value is
 * enough), with the first characters kept so that an administrator can tell keys apart. Revoked, never deleted.
 */
@Entity
@Table(name = "open311_api_key")
public class ApiKey {

    /** Every key starts with this, so that a leaked key is recognisable in logs and by secret scanners. */
    public static final String PREFIX = "o311_";
    private static final int PREFIX_SHOWN = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_api_key_seq")
    @SequenceGenerator(name = "open311_api_key_seq", sequenceName = "open311_api_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    private String contact;

    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiKey() {
    }

    private ApiKey(String clientName, String contact, String secret, Instant at, String by) {
        this.clientName = clientName;
        this.contact = contact;
        this.keyPrefix = secret.substring(0, PREFIX_SHOWN);
        this.keyHash = hash(secret);
        this.createdAt = at;
        this.createdBy = by;
    }

    /** A new key and its secret; the secret is not kept anywhere else, so hand it to the client now. */
    public static Issued issue(String clientName, String contact, Instant at, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new ApiKey(clientName, contact, secret, at, by), secret);
    }

    /** The stored form of a key as a client sends it (surrounding spaces ignored). */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw DomainException.conflict("key-revoked", "Khoá API này đã bị thu hồi.", "This API key is already revoked.");
        }
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() { return id; }
    public String getClientName() { return clientName; }
    public String getContact() { return contact; }
    public String getKeyPrefix() { return keyPrefix; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }

    /** A freshly issued key with the only copy of its secret. */
    public record Issued(ApiKey key, String secret) {
    }
}
