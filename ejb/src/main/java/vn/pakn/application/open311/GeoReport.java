package vn.pakn.application.open311;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.pakn.application.intake.Receipt;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.application.intake.SubmitReport;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.CategoryAttribute;
import vn.pakn.domain.model.open311.ApiKey;
import vn.pakn.domain.model.open311.Open311Submission;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.PhoneNumbers;
import vn.pakn.domain.model.shared.Texts;

/**
 * The six GeoReport v2 methods over our categories and reports. A POSTed service request is a report on channel
 * OPEN311 through {@link ReportIntake} — the same tracking code, inbox, duplicate index, routing and deadlines
 * as the portal — in the same transaction as the Open311 extras.
 */
@Stateless
public class GeoReport {

    private static final Logger LOG = Logger.getLogger(GeoReport.class);
    /** GET requests without dates covers this many days back from the end date (the spec's default). */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    /** GET requests returns at most this many (the spec's default). */
    public static final int MAX_RESULTS = 1000;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportIntake intake;

    public List<Open311Views.Service> services() {
        Set<Long> withAttributes = Set.copyOf(em.createQuery(
                "SELECT DISTINCT a.category.id FROM CategoryAttribute a", Long.class).getResultList());
        return em.createQuery("SELECT c FROM Category c WHERE c.active = TRUE ORDER BY c.code", Category.class).getResultStream()
                .map(c -> new Open311Views.Service(c.getCode(), c.getNameVi(), c.getDescriptionVi(), withAttributes.contains(c.getId()),
                        "realtime", c.getNameEn(), null))
                .toList();
    }

    public Open311Views.ServiceDefinition definition(String serviceCode) {
        return definitionOf(activeCategory(serviceCode));
    }

    /** The definition of any category, active or not (for the administrator). */
    public Open311Views.ServiceDefinition definitionOf(Category category) {
        var attributes = attributesOf(category).stream().map(a -> new Open311Views.Attribute(a.isVariable(), a.getCode(),
                a.getDatatype().open311Name(), a.isRequired(), a.getDatatypeDescription(), a.getOrder(), a.getDescriptionVi(),
                a.getChoices().stream().map(ch -> new Open311Views.Choice(ch.key(), ch.nameVi())).toList())).toList();
        return new Open311Views.ServiceDefinition(category.getCode(), attributes);
    }

    /** The client a key belongs to, or FORBIDDEN for a missing, unknown or revoked key. */
    public Open311Views.Client client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw DomainException.forbidden("Thiếu api_key.", "The api_key is missing.");
        }
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :h", ApiKey.class)
                .setParameter("h", ApiKey.hash(apiKey)).getResultStream().findFirst()
                .filter(ApiKey::isActive)
                .map(k -> new Open311Views.Client(k.getId(), k.getClientName()))
                .orElseThrow(() -> DomainException.forbidden("api_key không hợp lệ hoặc đã bị thu hồi.",
                        "The api_key is not valid or was revoked."));
    }

    /**
     * Takes a service request in. A retry with the same client key ({@code idempotencyKey}, scoped to the API key)
     * returns the first request's id and token.
     */
    public Open311Views.Posted submit(Open311Views.Client client, ServiceRequestForm form, String idempotencyKey) {
        if (form.serviceCode() == null || form.serviceCode().isBlank()) {
            throw DomainException.invalid("missing-service-code", "Thiếu service_code.", "The service_code is required.");
        }
        Category category = activeCategory(form.serviceCode());
        Double lat = coordinate(form.lat(), "lat");
        Double lon = coordinate(form.lon(), "long");
        if (lat == null || lon == null) {
            // Half a position is no position; the address (if any) still locates the report.
            lat = null;
            lon = null;
        }
        String address = Texts.nfcOrNull(form.addressString());
        String addressId = Texts.nfcOrNull(form.addressId());
        if ((lat == null || lon == null) && address == null && addressId == null) {
            throw DomainException.invalid("missing-location", "Cần vị trí: lat và long, hoặc address_string, hoặc address_id.",
                    "A location is required: lat and long, or address_string, or address_id.");
        }
        var attributes = attributesOf(category);
        String answers = AttributeAnswers.asLines(attributes, form.attributes());
        String readable = AttributeAnswers.readable(attributes, form.attributes());
        String key = idempotencyKey == null ? null : "o311:" + client.keyId() + ":" + idempotencyKey;
        var reporter = new SubmitReport.ReporterData(name(form), contactPhone(form.phone()), contactEmail(form.email()), null, null);
        var command = new SubmitReport(null, description(category, form.description(), readable), category.getCode(), null,
                address != null ? address : addressId == null ? null : "address_id " + addressId, lat, lon, reporter, false, null);
        Receipt receipt = intake.submit(command, Channel.OPEN311, key, payload(client, form), null);
        Report report = em.createQuery("SELECT r FROM Report r WHERE r.trackingCode = :c", Report.class)
                .setParameter("c", receipt.trackingCode()).getSingleResult();
        Open311Submission submission = receipt.replayed() ? submissionOf(report).orElse(null) : null;
        if (submission == null) {
            submission = new Open311Submission(report, em.getReference(ApiKey.class, client.keyId()), UUID.randomUUID().toString(),
                    category.getCode(), Texts.nfcOrNull(form.mediaUrl()), addressId, Texts.nfcOrNull(form.deviceId()),
                    Texts.nfcOrNull(form.accountId()), answers.isEmpty() ? null : answers, clock.instant());
            em.persist(submission);
            LOG.infof("PAKN1100: Open311 client %s (key %d) reported %s as %s", client.clientName(), client.keyId(),
                    category.getCode(), receipt.trackingCode());
        }
        return new Open311Views.Posted(receipt.trackingCode(), submission.getToken(), Open311Mapping.serviceNotice(category.getSla()),
                submission.getAccountId(), receipt.replayed());
    }

    public Open311Views.ServiceRequest request(String serviceRequestId) {
        var found = requests(RequestFilter.ids(List.of(serviceRequestId)));
        if (found.isEmpty()) {
            throw DomainException.notFound("yêu cầu có mã", "service request", serviceRequestId);
        }
        return found.get(0);
    }

    public Open311Views.TokenLookup token(String token) {
        return em.createQuery("SELECT s FROM Open311Submission s JOIN FETCH s.report WHERE s.token = :t", Open311Submission.class)
                .setParameter("t", token == null ? "" : token.strip()).getResultStream().findFirst()
                .map(s -> new Open311Views.TokenLookup(s.getReport().getTrackingCode(), s.getToken()))
                .orElseThrow(() -> DomainException.notFound("token", "token", token));
    }

    /** GET requests: by ids (which override every other filter), or by service codes, dates and status. */
    public List<Open311Views.ServiceRequest> requests(RequestFilter filter) {
        // Fetch joins may not carry aliases (strict JPA), so the case is fetched once and joined again to filter.
        var jpql = new StringBuilder("SELECT r FROM Report r JOIN FETCH r.currentCase JOIN r.currentCase c "
                + "LEFT JOIN c.category cc LEFT JOIN r.category rc WHERE ");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!filter.ids().isEmpty()) {
            List<String> codes = filter.ids().stream().map(TrackingCode::tryParse).flatMap(Optional::stream).map(TrackingCode::value).toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            jpql.append("r.trackingCode IN :codes");
            params.put("codes", codes);
        } else {
            Instant end = filter.end() == null ? clock.instant() : filter.end();
            Instant start = filter.start() == null ? end.minus(DEFAULT_WINDOW) : filter.start();
            jpql.append("r.receivedAt >= :start AND r.receivedAt <= :end");
            params.put("start", start);
            params.put("end", end);
            if (!filter.serviceCodes().isEmpty()) {
                jpql.append(" AND COALESCE(cc.code, rc.code) IN :services");
                params.put("services", filter.serviceCodes());
            }
            if (filter.statuses().size() == 1) {
                jpql.append(" AND c.state IN :states");
                params.put("states", filter.statuses().contains("closed") ? Open311Mapping.CLOSED_STATES : openStates());
            }
        }
        jpql.append(" ORDER BY r.receivedAt DESC");
        var query = em.createQuery(jpql.toString(), Report.class).setMaxResults(MAX_RESULTS);
        params.forEach(query::setParameter);
        List<Report> reports = query.getResultList();
        Map<Long, Open311Submission> submissions = submissionsOf(reports);
        return reports.stream().map(r -> Open311Mapping.request(r, submissions.get(r.getId()))).toList();
    }

    private static Set<CaseState> openStates() {
        var open = EnumSet.allOf(CaseState.class);
        open.removeAll(Open311Mapping.CLOSED_STATES);
        return open;
    }

    private Map<Long, Open311Submission> submissionsOf(Collection<Report> reports) {
        List<Long> ids = reports.stream().filter(r -> r.getChannel() == Channel.OPEN311).map(Report::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM Open311Submission s WHERE s.report.id IN :ids", Open311Submission.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(s -> s.getReport().getId(), Function.identity()));
    }

    private Optional<Open311Submission> submissionOf(Report report) {
        return em.createQuery("SELECT s FROM Open311Submission s WHERE s.report = :r", Open311Submission.class)
                .setParameter("r", report).getResultStream().findFirst();
    }

    private Category activeCategory(String serviceCode) {
        String code = serviceCode == null ? "" : serviceCode.strip();
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :c AND c.active = TRUE", Category.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("dịch vụ (lĩnh vực) có mã", "service with service_code", code));
    }

    private List<CategoryAttribute> attributesOf(Category category) {
        return em.createQuery("SELECT a FROM CategoryAttribute a WHERE a.category = :c ORDER BY a.sortOrder, a.code", CategoryAttribute.class)
                .setParameter("c", category).getResultList();
    }

    static Double coordinate(String value, String name) {
        String v = Texts.nfcOrNull(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw DomainException.invalid("bad-" + name, name + " '" + value + "' không phải là số.", name + " '" + value + "' is not a number.");
    }

    /**
     * The reporter's phone if it is a number we can call back. Apps from abroad send numbers in every format; a
     * report is not refused for that, the number is left out (and never logged).
     */
    static String contactPhone(String phone) {
        String p = Texts.nfcOrNull(phone);
        if (p != null && PhoneNumbers.normalise(p).isEmpty()) {
            LOG.debug("PAKN1106: an Open311 phone number that cannot be normalised was left out");
            return null;
        }
        return p;
    }

    /** The reporter's e-mail if it looks like one; like the phone, a bad one is left out rather than refused. */
    static String contactEmail(String email) {
        String e = Texts.nfcOrNull(email);
        return e != null && ReportIntake.EMAIL.matcher(e).matches() ? e : null;
    }

    private static String name(ServiceRequestForm form) {
        String first = Texts.nfcOrNull(form.firstName());
        String last = Texts.nfcOrNull(form.lastName());
        if (first == null && last == null) {
            return null;
        }
        return first == null ? last : last == null ? first : first + " " + last;
    }

    /** The client's description with the attribute answers under it; the service name when the client sent no text. */
    static String description(Category category, String description, String answers) {
        var parts = new ArrayList<String>();
        String text = Texts.nfcOrNull(description);
        parts.add(text != null ? text : category.getNameVi());
        if (!answers.isEmpty()) {
            parts.add("Thông tin bổ sung:\n" + answers);
        }
        return String.join("\n\n", parts);
    }

    private static String payload(Open311Views.Client client, ServiceRequestForm form) {
        var json = Json.createObjectBuilder().add("open311_client", client.clientName());
        addIfPresent(json, "service_code", form.serviceCode());
        addIfPresent(json, "lat", form.lat());
        addIfPresent(json, "long", form.lon());
        addIfPresent(json, "address_string", form.addressString());
        addIfPresent(json, "address_id", form.addressId());
        addIfPresent(json, "email", form.email());
        addIfPresent(json, "phone", form.phone());
        addIfPresent(json, "first_name", form.firstName());
        addIfPresent(json, "last_name", form.lastName());
        addIfPresent(json, "description", form.description());
        addIfPresent(json, "media_url", form.mediaUrl());
        addIfPresent(json, "device_id", form.deviceId());
        addIfPresent(json, "account_id", form.accountId());
        var attributes = Json.createObjectBuilder();
        form.attributes().forEach((k, v) -> attributes.add(k, Json.createArrayBuilder(v)));
        return json.add("attributes", attributes).build().toString();
    }

    private static void addIfPresent(jakarta.json.JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
