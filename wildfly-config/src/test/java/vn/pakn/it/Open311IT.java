package vn.pakn.it;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.it.support.Open311Wire.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.ItUsers;
import vn.pakn.it.support.Open311Wire;

/**
 * Black box, the Open311 GeoReport v2 endpoint on the real server and PostgreSQL, driven the way published
 * Open311 clients call it: ADMIN issues a key and gives a category attributes, the client lists services and
 * reads the definition, posts a form-encoded request with attributes, and reads it back by id, by filter and by
 * token — every JSON answer checked against the GeoReport v2 JSON Schemas, every XML answer parsed and compared.
 */
class Open311IT extends BlackBoxBase {

    private Api admin;
    private Open311Wire open311;
    private String category;

    @BeforeEach
    void givenAKeyIssuerAndACategoryWithAttributes() {
        admin = api().as(ItUsers.ensure("it-open311-admin", "it-open311-pass", "ADMIN"));
        open311 = new Open311Wire(base);
        category = "O311_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var created = admin.post("api/admin/categories", """
                {"code": "%s", "nameVi": "Vỡ ống nước", "nameEn": "Broken water pipe", "descriptionVi": "Ống nước vỡ, rò rỉ trên đường",
                 "sla": {"forwardWorkingDays": 1, "answerWorkingDays": 10, "maxExtensionDays": 10, "warnBeforeWorkingHours": 8}}"""
                .formatted(category));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        var attributes = admin.put("api/admin/category-attributes/" + category, """
                [{"code": "MUC_DO", "datatype": "singlevaluelist", "required": true, "description": "Mức độ ảnh hưởng",
                  "values": [{"key": "1", "name": "Một hộ"}, {"key": "2", "name": "Cả khu phố"}]},
                 {"code": "SO_HO", "datatype": "number", "description": "Số hộ bị ảnh hưởng"}]""");
        assertThat(attributes.status()).as("%s", attributes).isEqualTo(200);
    }

    private String issueKey(String client) {
        var reply = admin.post("api/admin/open311-keys", "{\"clientName\": \"%s\", \"contact\": \"dev@example.org\"}".formatted(client));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String key = reply.json().getString("apiKey");
        assertThat(key).startsWith("o311_");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM open311_api_key WHERE key_hash = ?", key)).isZero();
        return key;
    }

    private static List<Map.Entry<String, String>> request(String apiKey, String category, String description) {
        return new ArrayList<>(List.of(entry("jurisdiction_id", "hailong.gov.vn"), entry("api_key", apiKey),
                entry("service_code", category), entry("lat", "21.0285"), entry("long", "105.8542"),
                entry("address_string", "12 Lê Lợi, phường Hải Long"), entry("email", "an.nguyen@example.vn"),
                entry("phone", "0912 345 678"), entry("first_name", "An"), entry("last_name", "Nguyễn Văn"),
                entry("description", description), entry("media_url", "https://example.org/anh/ong-vo.jpg"),
                entry("attribute[MUC_DO]", "2"), entry("attribute[SO_HO]", "40")));
    }

    @Test
    void aClientListsServicesReadsTheDefinitionPostsAndReadsItsRequestBack() {
        String key = issueKey("Ứng dụng Hải Long Xanh");

        var services = open311.get("v2/services.json?jurisdiction_id=hailong.gov.vn", "application/json");
        assertThat(services.status()).as("%s", services).isEqualTo(200);
        assertThat(services.contentType()).startsWith("application/json");
        assertThat(services.violationsOf("services")).isEmpty();
        var ours = findByCode(services.json(), "service_code", category);
        assertThat(ours.get("service_name").asText()).isEqualTo("Vỡ ống nước");
        assertThat(ours.get("metadata").asBoolean()).isTrue();
        assertThat(ours.get("type").asText()).isEqualTo("realtime");

        var servicesXml = open311.get("v2/services.xml", "text/xml");
        assertThat(servicesXml.contentType()).startsWith("text/xml");
        assertThat(servicesXml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>");
        assertThat(servicesXml.xml().getElementsByTagName("service").getLength()).isEqualTo(services.json().size());

        var definition = open311.get("v2/services/" + category + ".json", "application/json");
        assertThat(definition.status()).as("%s", definition).isEqualTo(200);
        assertThat(definition.violationsOf("service-definition")).isEmpty();
        assertThat(definition.json().get("attributes").get(0).get("values").get(1).get("name").asText()).isEqualTo("Cả khu phố");
        var definitionXml = open311.get("v2/services/" + category + ".xml", null).xml();
        assertThat(child((Element) definitionXml.getElementsByTagName("attribute").item(0), "datatype")).isEqualTo("singlevaluelist");

        var posted = open311.post("v2/requests.json", request(key, category, "Ống nước vỡ, nước chảy tràn ra đường từ 6 giờ sáng"), Map.of());
        assertThat(posted.status()).as("%s", posted).isEqualTo(201);
        var receipt = posted.json().get(0);
        String id = receipt.get("service_request_id").asText();
        assertThat(id).matches("\\d{10}");
        assertThat(receipt.get("service_notice").asText()).contains("10 ngày làm việc");
        assertThat(ItDatabase.value("SELECT channel FROM report WHERE tracking_code = ?", id)).contains("OPEN311");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM inbox_item WHERE channel = 'OPEN311' AND report_id = "
                + "(SELECT id FROM report WHERE tracking_code = ?)", id)).isEqualTo(1);
        assertThat(ItDatabase.value("SELECT attributes FROM open311_submission s JOIN report r ON r.id = s.report_id WHERE r.tracking_code = ?", id))
                .contains("MUC_DO=2\nSO_HO=40");

        var one = open311.get("v2/requests/" + id + ".json", "application/json");
        assertThat(one.status()).as("%s", one).isEqualTo(200);
        assertThat(one.violationsOf("requests")).isEmpty();
        var request = one.json().get(0);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("service_code").asText()).isEqualTo(category);
        assertThat(request.get("requested_datetime").asText()).endsWith("+07:00");
        assertThat(request.get("lat").asDouble()).isEqualTo(21.0285);
        assertThat(request.get("media_url").asText()).isEqualTo("https://example.org/anh/ong-vo.jpg");
        assertThat(request.get("description").asText()).contains("Ống nước vỡ").contains("Cả khu phố");
        assertThat(one.body()).doesNotContain("an.nguyen@example.vn").doesNotContain("912345678").doesNotContain("0912 345 678")
                .doesNotContain("Nguyễn Văn An");

        var oneXml = open311.get("v2/requests/" + id + ".xml", null);
        assertThat(oneXml.status()).isEqualTo(200);
        Element requestXml = (Element) oneXml.xml().getElementsByTagName("request").item(0);
        for (String field : List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "service_notice", "requested_datetime", "updated_datetime", "address", "media_url")) {
            assertThat(child(requestXml, field)).as(field).isEqualTo(request.get(field).asText());
        }

        var token = open311.get("v2/tokens/" + receipt.get("token").asText() + ".json", "application/json");
        assertThat(token.status()).as("%s", token).isEqualTo(200);
        assertThat(token.json().get(0).get("service_request_id").asText()).isEqualTo(id);
    }

    @Test
    void requestsAreFilteredByIdServiceStatusAndDates() {
        String key = issueKey("Ứng dụng lọc");
        String first = open311.post("v2/requests.xml", request(key, category, "Rò rỉ nước ở ngõ 5 " + UUID.randomUUID()), Map.of())
                .xml().getElementsByTagName("service_request_id").item(0).getTextContent();
        String second = open311.post("v2/requests.json", request(key, category, "Mất nước ở ngõ 7 " + UUID.randomUUID()), Map.of())
                .json().get(0).get("service_request_id").asText();

        var byIds = open311.get("v2/requests.json?service_request_id=" + first + "," + second, "application/json");
        assertThat(byIds.violationsOf("requests")).isEmpty();
        assertThat(ids(byIds.json())).containsExactlyInAnyOrder(first, second);

        var byService = open311.get("v2/requests.json?service_code=" + category + "&status=open", "application/json");
        assertThat(byService.violationsOf("requests")).isEmpty();
        assertThat(ids(byService.json())).containsExactlyInAnyOrder(first, second);
        assertThat(ids(open311.get("v2/requests.json?service_code=" + category + "&status=closed", null).json())).isEmpty();
        assertThat(ids(open311.get("v2/requests.json?service_code=" + category + "&start_date=2099-01-01T00:00:00%2B07:00", null).json()))
                .isEmpty();

        var xml = open311.get("v2/requests.xml?service_code=" + category, null).xml();
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("request").getLength()).isEqualTo(2);

        var withoutFilters = open311.get("v2/requests", "application/json");
        assertThat(withoutFilters.violationsOf("requests")).isEmpty();
        assertThat(withoutFilters.json().size()).isBetween(2, 1000);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGivesTheSameRequest() {
        String key = issueKey("Ứng dụng thử lại");
        var fields = request(key, category, "Nắp cống vỡ " + UUID.randomUUID());
        var headers = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());

        var first = open311.post("v2/requests.json", fields, headers);
        var retry = open311.post("v2/requests.json", fields, headers);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        assertThat(retry.json().get(0).get("service_request_id").asText()).isEqualTo(first.json().get(0).get("service_request_id").asText());
        assertThat(retry.json().get(0).get("token").asText()).isEqualTo(first.json().get(0).get("token").asText());
    }

    @Test
    void aMultipartPostWithAPhotoIsReadLikeAForm() {
        String key = issueKey("Ứng dụng có ảnh");
        // Letters only after the text: a run of digits from a UUID can look like a phone number and be redacted.
        String text = "Cây đổ chắn ngang đường Trần Hưng Đạo " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

        var posted = open311.postMultipart("v2/requests.json", request(key, category, text));

        assertThat(posted.status()).as("%s", posted).isEqualTo(201);
        String id = posted.json().get(0).get("service_request_id").asText();
        assertThat(open311.get("v2/requests/" + id + ".json", "application/json").json().get(0).get("description").asText())
                .startsWith(text);
    }

    @Test
    void errorsAreInTheSpecsFormatWithTheRightStatus() {
        String key = issueKey("Ứng dụng lỗi");

        var noKey = open311.post("v2/requests.json", request("", category, "Không có khoá"), Map.of());
        assertThat(noKey.status()).as("%s", noKey).isEqualTo(403);
        assertThat(noKey.json().get(0).get("code").asInt()).isEqualTo(403);
        assertThat(noKey.json().get(0).get("description").asText()).contains("api_key").contains(" / ");

        var wrongKeyXml = open311.post("v2/requests.xml", request("o311_wrong", category, "Khoá sai"), Map.of());
        assertThat(wrongKeyXml.status()).isEqualTo(403);
        assertThat(wrongKeyXml.xml().getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(wrongKeyXml.xml().getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");

        var unknownService = open311.post("v2/requests.json", request(key, "KHONG_CO", "Dịch vụ không có"), Map.of());
        assertThat(unknownService.status()).as("%s", unknownService).isEqualTo(404);

        var fields = request(key, category, "Thiếu vị trí");
        fields.removeIf(f -> f.getKey().equals("lat") || f.getKey().equals("long") || f.getKey().equals("address_string"));
        var noLocation = open311.post("v2/requests.json", fields, Map.of());
        assertThat(noLocation.status()).as("%s", noLocation).isEqualTo(400);
        assertThat(noLocation.json().get(0).get("description").asText()).contains("location");

        var missingAttribute = request(key, category, "Thiếu thuộc tính");
        missingAttribute.removeIf(f -> f.getKey().equals("attribute[MUC_DO]"));
        assertThat(open311.post("v2/requests.json", missingAttribute, Map.of()).status()).isEqualTo(400);

        var unknownRequest = open311.get("v2/requests/1234567890.xml", null);
        assertThat(unknownRequest.status()).isIn(404);
        assertThat(unknownRequest.xml().getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(open311.get("v2/services/KHONG_CO.json", null).status()).isEqualTo(404);
        assertThat(open311.get("v2/tokens/khong-co.json", null).status()).isEqualTo(404);
        var noSuchMethod = open311.get("v2/nothing.json", null);
        assertThat(noSuchMethod.status()).isEqualTo(404);
        assertThat(noSuchMethod.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(open311.get("v2/requests.json?status=pending", null).status()).isEqualTo(400);
    }

    @Test
    void aRevokedKeyIsRefusedAndAKeyOverItsRateGets429() {
        var issued = admin.post("api/admin/open311-keys", "{\"clientName\": \"Ứng dụng bị thu hồi\"}");
        String key = issued.json().getString("apiKey");
        long id = issued.json().getJsonObject("key").getJsonNumber("id").longValue();
        assertThat(admin.get("api/admin/open311-keys").body()).doesNotContain(key);
        assertThat(api().post("api/admin/open311-keys", "{\"clientName\": \"x\"}").status()).isEqualTo(401);

        var revoked = admin.delete("api/admin/open311-keys/" + id);
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(open311.post("v2/requests.json", request(key, category, "Sau khi thu hồi"), Map.of()).status()).isEqualTo(403);

        String busy = issueKey("Ứng dụng gửi dồn dập");
        Open311Wire.Reply limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            var reply = open311.get("v2/services.json?api_key=" + busy, null);
            if (reply.status() == 429) {
                limited = reply;
            }
        }
        assertThat(limited).as("no 429 after 200 quick requests").isNotNull();
        assertThat(limited.header("Retry-After")).matches("\\d+");
        assertThat(limited.json().get(0).get("code").asInt()).isEqualTo(429);
    }

    @Test
    void theFormatFollowsAcceptWithoutAnExtensionAndDiscoveryNamesTheEndpoint() {
        var json = open311.get("v2/services", "application/json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.violationsOf("services")).isEmpty();
        var xml = open311.get("v2/services", null);
        assertThat(xml.contentType()).startsWith("text/xml");
        assertThat(xml.xml().getDocumentElement().getTagName()).isEqualTo("services");

        var discovery = open311.get("discovery.json", null);
        assertThat(discovery.status()).as("%s", discovery).isEqualTo(200);
        var endpoint = discovery.json().get("endpoints").get(0);
        assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asText()).endsWith("/api/open311/v2");
        assertThat(open311.get("discovery.xml", null).xml().getElementsByTagName("endpoint").getLength()).isEqualTo(1);
    }

    private static com.fasterxml.jackson.databind.JsonNode findByCode(com.fasterxml.jackson.databind.JsonNode array, String field, String code) {
        for (var item : array) {
            if (item.get(field).asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(item -> ids.add(item.get("service_request_id").asText()));
        return ids;
    }
}
