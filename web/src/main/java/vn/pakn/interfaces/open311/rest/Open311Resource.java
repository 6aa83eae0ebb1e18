package vn.pakn.interfaces.open311.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.application.open311.GeoReport;
import vn.pakn.application.open311.KeyRateLimiter;
import vn.pakn.application.open311.Open311Views;
import vn.pakn.domain.model.shared.DomainException;

/**
 * GeoReport v2 at {@code /api/open311/v2}, open without sign-in (POST needs an API key). Every path takes an
 * optional {@code .xml}/{@code .json} extension; {@code jurisdiction_id} is accepted everywhere and checked
 * only when {@code pakn.open311.jurisdictions} lists the ids this server answers for. The key may come in the
 * form or in the query string, as clients differ.
 */
@RequestScoped
@Path("/open311")
public class Open311Resource {

    private static final String EXT = "{ext: (?:\\.(?:xml|json|XML|JSON))?}";

    @Inject
    private GeoReport geoReport;

    @Inject
    private KeyRateLimiter rateLimiter;

    @Inject
    private Open311Settings settings;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("discovery" + EXT)
    public Response discovery() {
        return respond(new MultivaluedHashMap<>(), () -> Open311Documents.discovery(
                uri.getBaseUriBuilder().path("open311/v2").build().toString(), settings.changeset(), settings.contact(),
                settings.keyService(), settings.endpointType()));
    }

    @GET
    @Path("v2/discovery" + EXT)
    public Response discoveryUnderVersion() {
        return discovery();
    }

    @GET
    @Path("v2/services" + EXT)
    public Response services() {
        return respond(uri.getQueryParameters(), () -> Open311Documents.services(geoReport.services()));
    }

    @GET
    @Path("v2/services/{code}")
    public Response definition(@PathParam("code") String code) {
        return respond(uri.getQueryParameters(), () -> Open311Documents.definition(geoReport.definition(Open311Format.stripExtension(code))));
    }

    /** POST requests as the spec says: application/x-www-form-urlencoded, api_key in the form or the query. */
    @POST
    @Path("v2/requests" + EXT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        var params = new MultivaluedHashMap<String, String>();
        uri.getQueryParameters().forEach(params::addAll);
        if (form != null) {
            form.forEach(params::addAll);
        }
        return post(params);
    }

    /**
     * Apps that attach a photo post multipart/form-data: the text parts are the arguments; a file part is not
     * stored (send its URL as media_url).
     */
    @POST
    @Path("v2/requests" + EXT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createMultipart(List<EntityPart> parts) {
        var params = new MultivaluedHashMap<String, String>();
        uri.getQueryParameters().forEach(params::addAll);
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                if (part.getFileName().isEmpty()) {
                    // Form fields rarely carry a Content-Type (the multipart default would be US-ASCII); the spec says
                    // everything a client sends is UTF-8, so that is the charset unless the part names another.
                    String declared = part.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
                    String charset = declared == null ? "UTF-8"
                            : MediaType.valueOf(declared).getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8");
                    params.add(part.getName(), new String(part.getContent().readAllBytes(), java.nio.charset.Charset.forName(charset)));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Open311Failures.error(400, "Không đọc được dữ liệu multipart.", "The multipart body cannot be read.", format());
        }
        return post(params);
    }

    /** Clients that send the arguments in the query string, or a body we do not read (only the query counts then). */
    @POST
    @Path("v2/requests" + EXT)
    @Consumes(MediaType.WILDCARD)
    public Response createFromQuery() {
        return post(uri.getQueryParameters());
    }

    @GET
    @Path("v2/requests" + EXT)
    public Response requests() {
        var query = uri.getQueryParameters();
        return respond(query, () -> Open311Documents.requests(geoReport.requests(Open311Params.filter(query))));
    }

    @GET
    @Path("v2/requests/{id}")
    public Response request(@PathParam("id") String id) {
        return respond(uri.getQueryParameters(), () -> Open311Documents.requests(
                List.of(geoReport.request(Open311Format.stripExtension(id)))));
    }

    @GET
    @Path("v2/tokens/{token}")
    public Response token(@PathParam("token") String token) {
        return respond(uri.getQueryParameters(), () -> Open311Documents.token(geoReport.token(Open311Format.stripExtension(token))));
    }

    /** Anything else under /open311 is a 404 in the Open311 error format, not a problem document. */
    @GET
    @Path("{path: .*}")
    public Response unknownGet() {
        return Open311Failures.notFound(format());
    }

    @POST
    @Path("{path: .*}")
    public Response unknownPost() {
        return Open311Failures.notFound(format());
    }

    private Response post(MultivaluedMap<String, String> params) {
        Open311Format format = format();
        try {
            settings.checkJurisdiction(params.getFirst("jurisdiction_id"));
            Open311Views.Client client = geoReport.client(params.getFirst("api_key"));
            long wait = rateLimiter.secondsToWait(client);
            if (wait > 0) {
                return Open311Failures.tooManyRequests(format, wait);
            }
            var posted = geoReport.submit(client, Open311Params.form(params), Open311Params.idempotencyKey(headers));
            return Response.status(posted.replayed() ? Response.Status.OK : Response.Status.CREATED)
                    .type(format.contentType()).entity(Open311Documents.posted(posted).render(format)).build();
        } catch (RuntimeException e) {
            return Open311Failures.of(e, format);
        }
    }

    /** A GET: the jurisdiction checked, a valid key (if any was sent) counted against its rate, then the document. */
    private Response respond(MultivaluedMap<String, String> params, Supplier<Open311Document> body) {
        Open311Format format = format();
        try {
            settings.checkJurisdiction(params.getFirst("jurisdiction_id"));
            var client = readerKey(params.getFirst("api_key"));
            long wait = client == null ? 0 : rateLimiter.secondsToWait(client);
            if (wait > 0) {
                return Open311Failures.tooManyRequests(format, wait);
            }
            return Response.ok(body.get().render(format), format.contentType()).build();
        } catch (RuntimeException e) {
            return Open311Failures.of(e, format);
        }
    }

    /** Reading needs no key: a valid one is counted against its rate, an unknown or revoked one is ignored. */
    private Open311Views.Client readerKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return geoReport.client(key);
        } catch (DomainException e) {
            return null;
        }
    }

    private Open311Format format() {
        var segments = uri.getPathSegments();
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1).getPath();
        return Open311Format.of(last, headers.getAcceptableMediaTypes());
    }
}
