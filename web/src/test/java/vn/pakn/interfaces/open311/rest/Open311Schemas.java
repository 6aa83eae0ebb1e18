package vn.pakn.interfaces.open311.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/** The GeoReport v2 JSON Schemas (src/test/resources/open311/schema), with formats (date-time, uri) asserted. */
final class Open311Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Open311Schemas() {
    }

    /** The schema violations of {@code json} against {@code schema} ("services", "requests", "service-definition"). */
    static String violations(String schema, String json) {
        JsonSchema s = FACTORY.getSchema(SchemaLocation.of("classpath:open311/schema/" + schema + ".json"), CONFIG);
        try {
            JsonNode node = JSON.readTree(json);
            Set<ValidationMessage> errors = s.validate(node);
            return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
