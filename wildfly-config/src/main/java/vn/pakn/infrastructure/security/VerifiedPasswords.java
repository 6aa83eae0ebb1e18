package vn.pakn.infrastructure.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a user name and password matched a stored bcrypt hash, so that an API client
 * sending HTTP Basic on every request pays bcrypt (0.2–1.5 s of CPU) once per {@link #ttlNanos} instead of each
 * time.
 *
 * <p>What is kept is never the password: each entry is an HMAC-SHA256, under a random key made when the server
 * starts, of the user name, the stored hash and the password. So:
 * <ul>
 *   <li>only a verification that succeeded is remembered — a wrong password is never a hit and always pays the full
 *       bcrypt cost, so the cache gives a guesser no shortcut (and the time of a miss is the time of bcrypt);</li>
 *   <li>a changed password (a new stored hash) no longer matches any entry, at once;</li>
 *   <li>a deactivated user or changed roles need nothing here: the realm reads the account row and the roles on
 *       every request and asks this cache only about the password;</li>
 *   <li>a heap dump shows no password and nothing that can be checked offline without the in-memory key.</li>
 * </ul>
 * Bounded: at most {@link #maxEntries}, the least recently used leave first; an entry expires {@link #ttlNanos}
 * after the bcrypt check that made it (a hit does not extend it).
 */
public final class VerifiedPasswords {

    /** Default time an entry is trusted: two minutes. */
    public static final long DEFAULT_TTL_SECONDS = 120;
    /** Default bound on the number of entries. */
    public static final int DEFAULT_MAX_ENTRIES = 1000;

    private final byte[] key;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<Entry, Long> expiries;

    public VerifiedPasswords(long ttlSeconds, int maxEntries) {
        this(ttlSeconds, maxEntries, System::nanoTime);
    }

    VerifiedPasswords(long ttlSeconds, int maxEntries, LongSupplier nanoClock) {
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttlSeconds must be >= 0 (0 turns the cache off), was " + ttlSeconds);
        }
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be >= 0 (0 turns the cache off), was " + maxEntries);
        }
        this.key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
        this.expiries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Whether this user name, stored hash and password were verified by bcrypt less than the TTL ago. */
    public boolean remembers(String username, String storedHash, char[] password) {
        if (!enabled()) {
            return false;
        }
        Entry entry = entry(username, storedHash, password);
        long now = nanoClock.getAsLong();
        synchronized (expiries) {
            Long expiry = expiries.get(entry);
            if (expiry == null) {
                return false;
            }
            if (now - expiry >= 0) {
                expiries.remove(entry);
                return false;
            }
            return true;
        }
    }

    /** Records a successful bcrypt verification; call it only after bcrypt said yes. */
    public void rememberVerified(String username, String storedHash, char[] password) {
        if (!enabled()) {
            return;
        }
        Entry entry = entry(username, storedHash, password);
        long now = nanoClock.getAsLong();
        synchronized (expiries) {
            expiries.put(entry, now + ttlNanos);
            if (expiries.size() > maxEntries) {
                dropExpired(now);
            }
            Iterator<Entry> eldest = expiries.keySet().iterator();
            while (expiries.size() > maxEntries && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
    }

    /** How many entries are held now (expired ones included until they are next touched or evicted). */
    public int size() {
        synchronized (expiries) {
            return expiries.size();
        }
    }

    private boolean enabled() {
        return ttlNanos > 0 && maxEntries > 0;
    }

    private void dropExpired(long now) {
        expiries.values().removeIf(expiry -> now - expiry >= 0);
    }

    private Entry entry(String username, String storedHash, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(lengthPrefixed(username.getBytes(StandardCharsets.UTF_8)));
            mac.update(lengthPrefixed(storedHash.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            try {
                mac.update(secret.duplicate());
            } finally {
                Arrays.fill(secret.array(), (byte) 0);
            }
            return new Entry(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Unambiguous concatenation: "ab" + "c" and "a" + "bc" give different MAC inputs. */
    private static byte[] lengthPrefixed(byte[] bytes) {
        byte[] out = new byte[bytes.length + 4];
        out[0] = (byte) (bytes.length >>> 24);
        out[1] = (byte) (bytes.length >>> 16);
        out[2] = (byte) (bytes.length >>> 8);
        out[3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, out, 4, bytes.length);
        return out;
    }

    /** A MAC as a map key, compared in constant time. */
    private static final class Entry {
        private final byte[] mac;
        private final int hash;

        Entry(byte[] mac) {
            this.mac = mac;
            this.hash = Arrays.hashCode(mac);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry e && MessageDigest.isEqual(mac, e.mac);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
