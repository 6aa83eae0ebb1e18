package vn.pakn.interfaces.open311.rest;

import static vn.pakn.interfaces.open311.rest.Open311Document.obj;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.pakn.application.open311.Open311Views;
import vn.pakn.interfaces.open311.rest.Open311Document.Arr;
import vn.pakn.interfaces.open311.rest.Open311Document.Obj;

/**
 * The GeoReport v2 responses, element for element as the spec names and orders them. Times are written with
 * the Vietnam offset ({@code 2026-11-23T10:15:00+07:00}), as W3C date-times must carry an offset.
 */
public final class Open311Documents {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Documents() {
    }

    public static String time(Instant instant) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime());
    }

    public static Open311Document services(List<Open311Views.Service> services) {
        return new Open311Document("services", new Arr("service", services.stream().map(s -> obj()
                .add("service_code", s.code())
                .add("service_name", s.name())
                .add("description", s.description())
                .add("metadata", s.metadata())
                .add("type", s.type())
                .add("keywords", s.keywords())
                .add("group", s.group())
                .build()).toList()));
    }

    public static Open311Document definition(Open311Views.ServiceDefinition d) {
        return new Open311Document("service_definition", obj()
                .add("service_code", d.serviceCode())
                .add("attributes", new Arr("attribute", d.attributes().stream().map(a -> obj()
                        .add("variable", a.variable())
                        .add("code", a.code())
                        .add("datatype", a.datatype())
                        .add("required", a.required())
                        .add("datatype_description", a.datatypeDescription())
                        .add("order", a.order())
                        .add("description", a.description())
                        .add("values", new Arr("value", a.values().stream().map(v -> obj()
                                .add("key", v.key()).add("name", v.name()).build()).toList()))
                        .build()).toList()))
                .build());
    }

    public static Open311Document requests(List<Open311Views.ServiceRequest> requests) {
        return new Open311Document("service_requests", new Arr("request", requests.stream().map(Open311Documents::request).toList()));
    }

    private static Obj request(Open311Views.ServiceRequest r) {
        return obj()
                .add("service_request_id", r.serviceRequestId())
                .add("status", r.status())
                .add("status_notes", r.statusNotes())
                .add("service_name", r.serviceName())
                .add("service_code", r.serviceCode())
                .add("description", r.description())
                .add("agency_responsible", r.agencyResponsible())
                .add("service_notice", r.serviceNotice())
                .add("requested_datetime", time(r.requestedAt()))
                .add("updated_datetime", time(r.updatedAt()))
                .add("expected_datetime", time(r.expectedAt()))
                .add("address", r.address())
                .add("address_id", r.addressId())
                .add("zipcode", r.zipcode())
                .add("lat", r.lat())
                .add("long", r.lon())
                .add("media_url", r.mediaUrl())
                .build();
    }

    public static Open311Document posted(Open311Views.Posted p) {
        return new Open311Document("service_requests", new Arr("request", List.of(obj()
                .add("service_request_id", p.serviceRequestId())
                .add("token", p.token())
                .add("service_notice", p.serviceNotice())
                .add("account_id", p.accountId())
                .build())));
    }

    public static Open311Document token(Open311Views.TokenLookup t) {
        return new Open311Document("service_requests", new Arr("request", List.of(obj()
                .add("service_request_id", t.serviceRequestId())
                .add("token", t.token())
                .build())));
    }

    /** One error; {@code code} is the HTTP status, as the spec recommends, the description Vietnamese then English. */
    public static Open311Document error(int code, String descriptionVi, String descriptionEn) {
        return new Open311Document("errors", new Arr("error", List.of(obj()
                .add("code", code)
                .add("description", descriptionVi + " / " + descriptionEn)
                .build())));
    }

    /** The service discovery document (wiki.open311.org/Service_Discovery) for our one GeoReport v2 endpoint. */
    public static Open311Document discovery(String endpointUrl, String changeset, String contact, String keyService, String type) {
        return new Open311Document("discovery", obj()
                .add("changeset", changeset)
                .add("contact", contact)
                .add("key_service", keyService)
                .add("endpoints", new Arr("endpoint", List.of(obj()
                        .add("specification", "http://wiki.open311.org/GeoReport_v2")
                        .add("url", endpointUrl)
                        .add("changeset", changeset)
                        .add("type", type)
                        .add("formats", new Arr("format", List.of(new Open311Document.Scalar("text/xml"),
                                new Open311Document.Scalar("application/json"))))
                        .build())))
                .build());
    }
}
