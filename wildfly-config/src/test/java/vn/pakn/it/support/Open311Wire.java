package vn.pakn.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An Open311 GeoReport v2 client as the published ones behave on the wire (codeforamerica/open311_java "jreport"
 * sends exactly this: GET with Accept and Content-Type set to the format, POST as
 * application/x-www-form-urlencoded in UTF-8 with api_key and jurisdiction_id among the fields), plus the
 * GeoReport v2 JSON Schemas to check what comes back.
 */
public final class Open311Wire {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final String ENDPOINT = "api/open311/";

    private final Api api;

    public Open311Wire(URL base) {
        this.api = Api.at(base);
    }

    /** A GET with {@code accept} as Accept and Content-Type (jreport sets both), or with Accept: *&#47;* when null. */
    public Reply get(String path, String accept) {
        Api client = accept == null ? api.withHeader("Accept", "*/*") : api.withHeader("Accept", accept).withHeader("Content-Type", accept);
        return new Reply(client.get(ENDPOINT + path));
    }

    /** A form POST; {@code fields} are encoded in order, a field given twice is sent twice. */
    public Reply post(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        String body = fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Api client = api.withHeader("Accept", path.contains(".json") ? "application/json" : "text/xml");
        for (var h : headers.entrySet()) {
            client = client.withHeader(h.getKey(), h.getValue());
        }
        return new Reply(client.post(ENDPOINT + path, "application/x-www-form-urlencoded; charset=utf-8", body));
    }

    /** The same fields as multipart/form-data, as apps that attach a photo send them, with a small file part. */
    public Reply postMultipart(String path, List<Map.Entry<String, String>> fields) {
        String boundary = "pakn-" + java.util.UUID.randomUUID();
        var body = new StringBuilder();
        for (var f : fields) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f.getKey())
                    .append("\"\r\n\r\n").append(f.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"media\"; filename=\"anh.jpg\"\r\n")
                .append("Content-Type: image/jpeg\r\n\r\nnot really a jpeg\r\n--").append(boundary).append("--\r\n");
        Api client = api.withHeader("Accept", "application/json");
        return new Reply(client.post(ENDPOINT + path, "multipart/form-data; boundary=" + boundary, body.toString()));
    }

    /** A response, read as Open311 JSON (Jackson, for the schema validator) or XML. */
    public record Reply(Api.Reply raw) {

        public int status() {
            return raw.status();
        }

        public String contentType() {
            return raw.contentType();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.header(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + raw, e);
            }
        }

        /** The GeoReport v2 schema violations of this JSON body ("services", "requests", "service-definition"). */
        public String violationsOf(String schema) {
            var s = SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/schema/" + schema + ".json"), FORMATS);
            return s.validate(json()).stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        }

        public Document xml() {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(raw.body().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("Not XML: " + raw, e);
            }
        }

        @Override
        public String toString() {
            return raw.toString();
        }
    }

    /** The text of the direct child element {@code name} of {@code parent}. */
    public static String child(Element parent, String name) {
        var nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
