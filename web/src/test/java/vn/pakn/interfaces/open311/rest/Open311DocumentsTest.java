package vn.pakn.interfaces.open311.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.pakn.application.open311.Open311Views;

/** Every document validates against the GeoReport v2 schemas as JSON, and its XML carries the same data. */
class Open311DocumentsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T01:15:30Z");

    private static final Open311Views.ServiceRequest OPEN = new Open311Views.ServiceRequest("1234567890", "open", "Đang xử lý",
            "Cấp nước", "CAP_NUOC", "Vỡ ống nước trước nhà số 12", "Công ty Cấp nước Hải Long",
            "Chuyển đơn vị xử lý trong 1 ngày làm việc", RECEIVED, RECEIVED.plusSeconds(3600), Instant.parse("2026-12-04T10:00:00Z"),
            "12 Lê Lợi, phường Hải Long", "A-17", null, 21.0285, 105.8542, "https://example.org/anh/1.jpg");

    private static final Open311Views.ServiceRequest FROM_HOTLINE = new Open311Views.ServiceRequest("9876543210", "closed", "Đã công khai",
            "Chưa phân loại", "CHUA_PHAN_LOAI", null, null, null, RECEIVED, RECEIVED, null, null, null, null, null, null, null);

    @Test
    void serviceListIsAnArrayOfServicesInJsonAndServicesServiceInXml() throws Exception {
        var doc = Open311Documents.services(List.of(
                new Open311Views.Service("CAP_NUOC", "Cấp nước", "Mất nước, vỡ ống", true, "realtime", "water supply", null),
                new Open311Views.Service("MOI_TRUONG", "Môi trường", null, false, "realtime", null, null)));

        String json = doc.json();
        assertThat(Open311Schemas.violations("services", json)).isEmpty();
        JsonArray services = array(json);
        assertThat(services).hasSize(2);
        assertThat(services.getJsonObject(0).getString("service_name")).isEqualTo("Cấp nước");
        assertThat(services.getJsonObject(0).getBoolean("metadata")).isTrue();
        assertThat(services.getJsonObject(1).isNull("description")).isTrue();

        Document xml = xml(doc.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        var items = xml.getDocumentElement().getElementsByTagName("service");
        assertThat(items.getLength()).isEqualTo(2);
        assertThat(child((Element) items.item(0), "service_name")).isEqualTo("Cấp nước");
        assertThat(child((Element) items.item(0), "metadata")).isEqualTo("true");
        assertThat(child((Element) items.item(1), "description")).isEmpty();
    }

    @Test
    void serviceDefinitionHasAttributesWithValues() throws Exception {
        var doc = Open311Documents.definition(new Open311Views.ServiceDefinition("CAP_NUOC", List.of(
                new Open311Views.Attribute(true, "MUC_DO", "singlevaluelist", true, null, 1, "Mức độ ảnh hưởng",
                        List.of(new Open311Views.Choice("1", "Một hộ"), new Open311Views.Choice("2", "Cả khu phố"))),
                new Open311Views.Attribute(true, "SO_DONG_HO", "string", false, "Số in trên đồng hồ", 2, "Số đồng hồ nước", List.of()))));

        String json = doc.json();
        assertThat(Open311Schemas.violations("service-definition", json)).isEmpty();
        JsonObject definition = Json.createReader(new StringReader(json)).readObject();
        assertThat(definition.getString("service_code")).isEqualTo("CAP_NUOC");
        var first = definition.getJsonArray("attributes").getJsonObject(0);
        assertThat(first.getJsonArray("values").getJsonObject(1).getString("name")).isEqualTo("Cả khu phố");
        assertThat(first.getInt("order")).isEqualTo(1);

        Document xml = xml(doc.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        var attributes = xml.getElementsByTagName("attribute");
        assertThat(attributes.getLength()).isEqualTo(2);
        Element firstXml = (Element) attributes.item(0);
        assertThat(child(firstXml, "datatype")).isEqualTo("singlevaluelist");
        assertThat(child(firstXml, "required")).isEqualTo("true");
        var values = firstXml.getElementsByTagName("value");
        assertThat(values.getLength()).isEqualTo(2);
        assertThat(child((Element) values.item(1), "key")).isEqualTo("2");
        assertThat(child((Element) values.item(1), "name")).isEqualTo("Cả khu phố");
    }

    @Test
    void requestsCarryTheSameDataInJsonAndXmlWithVietnamOffsets() throws Exception {
        var doc = Open311Documents.requests(List.of(OPEN, FROM_HOTLINE));

        String json = doc.json();
        assertThat(Open311Schemas.violations("requests", json)).isEmpty();
        JsonArray requests = array(json);
        JsonObject first = requests.getJsonObject(0);
        assertThat(first.getString("service_request_id")).isEqualTo("1234567890");
        assertThat(first.getString("requested_datetime")).isEqualTo("2026-11-20T08:15:30+07:00");
        assertThat(first.getJsonNumber("lat").doubleValue()).isEqualTo(21.0285);
        assertThat(first.getJsonNumber("long").doubleValue()).isEqualTo(105.8542);
        assertThat(requests.getJsonObject(1).isNull("expected_datetime")).isTrue();

        Document xml = xml(doc.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        var items = xml.getElementsByTagName("request");
        assertThat(items.getLength()).isEqualTo(2);
        Element firstXml = (Element) items.item(0);
        for (String field : List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
                "address_id", "media_url")) {
            assertThat(child(firstXml, field)).as(field).isEqualTo(first.getString(field));
        }
        assertThat(Double.parseDouble(child(firstXml, "lat"))).isEqualTo(21.0285);
        assertThat(child((Element) items.item(1), "description")).isEmpty();
    }

    @Test
    void postAnswerAndTokenLookupAreServiceRequestsWithOneRequest() throws Exception {
        Document posted = xml(Open311Documents.posted(new Open311Views.Posted("1234567890", "tok-1", "Trả lời trong 10 ngày", null, false)).xml());
        assertThat(posted.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = (Element) posted.getElementsByTagName("request").item(0);
        assertThat(child(request, "service_request_id")).isEqualTo("1234567890");
        assertThat(child(request, "token")).isEqualTo("tok-1");
        assertThat(child(request, "account_id")).isEmpty();

        JsonArray token = array(Open311Documents.token(new Open311Views.TokenLookup("1234567890", "tok-1")).json());
        assertThat(token.getJsonObject(0).getString("service_request_id")).isEqualTo("1234567890");
        assertThat(token.getJsonObject(0).getString("token")).isEqualTo("tok-1");
    }

    @Test
    void errorsAreAnArrayOfCodeAndBilingualDescription() throws Exception {
        var doc = Open311Documents.error(403, "api_key không hợp lệ.", "The api_key is not valid.");

        JsonObject error = array(doc.json()).getJsonObject(0);
        assertThat(error.getInt("code")).isEqualTo(403);
        assertThat(error.getString("description")).isEqualTo("api_key không hợp lệ. / The api_key is not valid.");

        String xmlText = doc.xml();
        assertThat(xmlText).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>403</code>");
        Element errorXml = (Element) xml(xmlText).getElementsByTagName("error").item(0);
        assertThat(child(errorXml, "description")).isEqualTo(error.getString("description"));
    }

    @Test
    void discoveryListsTheV2EndpointWithBothFormats() throws Exception {
        var doc = Open311Documents.discovery("https://pakn.example.vn/api/open311/v2", Open311Settings.CHANGESET, "1022", "admin",
                "production");

        JsonObject discovery = Json.createReader(new StringReader(doc.json())).readObject();
        JsonObject endpoint = discovery.getJsonArray("endpoints").getJsonObject(0);
        assertThat(endpoint.getString("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.getString("url")).isEqualTo("https://pakn.example.vn/api/open311/v2");
        assertThat(endpoint.getJsonArray("formats").getString(1)).isEqualTo("application/json");

        Document xml = xml(doc.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("discovery");
        var formats = xml.getElementsByTagName("format");
        assertThat(formats.getLength()).isEqualTo(2);
        assertThat(formats.item(0).getTextContent()).isEqualTo("text/xml");
    }

    @Test
    void textThatLooksLikeMarkupIsEscapedInXml() throws Exception {
        var odd = new Open311Views.ServiceRequest("1234567890", "open", "a < b & \"c\"", "Cấp nước", "CAP_NUOC", "<script>x</script>",
                null, null, RECEIVED, RECEIVED, null, null, null, null, null, null, null);
        Element request = (Element) xml(Open311Documents.requests(List.of(odd)).xml()).getElementsByTagName("request").item(0);
        assertThat(child(request, "status_notes")).isEqualTo("a < b & \"c\"");
        assertThat(child(request, "description")).isEqualTo("<script>x</script>");
    }

    @Test
    void theSchemaCheckIsRealAndCatchesWhatTheSpecForbids() {
        var wrong = new Open311Views.ServiceRequest("1234567890", "pending", null, "Cấp nước", "CAP_NUOC", null, null, null,
                RECEIVED, null, null, null, null, null, null, null, "not a uri");
        String violations = Open311Schemas.violations("requests", Open311Documents.requests(List.of(wrong)).json());
        assertThat(violations).contains("status").contains("media_url");
        assertThat(Open311Schemas.violations("services", "[{\"service_code\": \"X\"}]")).contains("service_name");
    }

    static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    static Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String child(Element parent, String name) {
        var nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
