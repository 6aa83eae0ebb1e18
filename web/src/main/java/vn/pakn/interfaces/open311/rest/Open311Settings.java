package vn.pakn.interfaces.open311.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The settings of the Open311 endpoint (environment variables PAKN_OPEN311_*), each with a default so that the
 * endpoint works with none set. The rate limit settings are read by
 * {@link vn.pakn.application.open311.KeyRateLimiter} ({@code pakn.open311.rate.burst}, default 30;
 * {@code pakn.open311.rate.per-minute}, default 60).
 */
@ApplicationScoped
public class Open311Settings {

    /** When the discovery document last changed: the GeoReport endpoint of issue 7. */
    public static final String CHANGESET = "2026-11-23T00:00:00+07:00";

    /** {@code pakn.open311.jurisdictions}: comma-separated jurisdiction_id values; unset means any is accepted. */
    @Inject
    @ConfigProperty(name = "pakn.open311.jurisdictions")
    Optional<String> jurisdictions;

    @Inject
    @ConfigProperty(name = "pakn.open311.contact",
            defaultValue = "Trung tâm tiếp nhận phản ánh, kiến nghị — đường dây nóng 1022 / Citizen feedback centre, hotline 1022")
    String contact;

    @Inject
    @ConfigProperty(name = "pakn.open311.key-service",
            defaultValue = "Liên hệ quản trị hệ thống để được cấp api_key cho ứng dụng / Ask the system administrator for an api_key for your application")
    String keyService;

    /** {@code production} or {@code test}, as the discovery document's endpoint type. */
    @Inject
    @ConfigProperty(name = "pakn.open311.endpoint-type", defaultValue = "production")
    String endpointType;

    public String changeset() { return CHANGESET; }
    public String contact() { return contact; }
    public String keyService() { return keyService; }
    public String endpointType() { return endpointType; }

    /** Refuses (404, as the spec says) a jurisdiction_id this server does not serve, when the served ones are configured. */
    public void checkJurisdiction(String jurisdictionId) {
        Set<String> served = jurisdictions.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())).orElse(Set.of());
        if (served.isEmpty() || jurisdictionId == null || jurisdictionId.isBlank()) {
            return;
        }
        if (!served.contains(jurisdictionId.strip().toLowerCase(Locale.ROOT))) {
            throw DomainException.notFound("jurisdiction_id", "jurisdiction_id", jurisdictionId.strip());
        }
    }
}
