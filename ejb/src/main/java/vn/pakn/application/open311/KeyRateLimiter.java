package vn.pakn.application.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One token bucket per API key. The buckets live in this node's memory: behind a load balancer each node allows
 * the configured rate, which bounds a client at nodes × rate — enough to stop a runaway client, and it needs no
 * database round trip per request.
 */
@ApplicationScoped
public class KeyRateLimiter {

    private static final Logger LOG = Logger.getLogger(KeyRateLimiter.class);

    @Inject
    @ConfigProperty(name = "pakn.open311.rate.burst", defaultValue = "30")
    int burst;

    @Inject
    @ConfigProperty(name = "pakn.open311.rate.per-minute", defaultValue = "60")
    int perMinute;

    private final ConcurrentHashMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 if the key may make a request now, else the whole seconds to wait. */
    public long secondsToWait(Open311Views.Client client) {
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(client.keyId(), id -> new TokenBucket(Math.max(1, burst), Math.max(1, perMinute), now)).take(now);
        if (wait == 0) {
            return 0;
        }
        LOG.infof("PAKN1103: Open311 client %s (key %d) is over its rate of %d a minute", client.clientName(), client.keyId(), perMinute);
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1);
    }
}
