package vn.pakn.application.intake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * The submitted command as the journal stores it (inbox_item.payload): a flat JSON object with the command's own
 * field names, written and read here explicitly so the stored format does not depend on a binding library's rules.
 */
public final class JournalPayload {

    private JournalPayload() {
    }

    public static String write(SubmitReport cmd) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "title", cmd.title());
        put(b, "description", cmd.description());
        put(b, "categoryCode", cmd.categoryCode());
        put(b, "areaCode", cmd.areaCode());
        put(b, "address", cmd.address());
        if (cmd.latitude() != null) {
            b.add("latitude", cmd.latitude());
            b.add("longitude", cmd.longitude());
        }
        if (cmd.reporter() != null) {
            var r = cmd.reporter();
            JsonObjectBuilder rb = Json.createObjectBuilder();
            put(rb, "name", r.name());
            put(rb, "phone", r.phone());
            put(rb, "email", r.email());
            put(rb, "citizenId", r.citizenId());
            put(rb, "address", r.address());
            b.add("reporter", rb);
        }
        b.add("consentToShareIdentity", cmd.consentToShareIdentity());
        put(b, "callLinkedId", cmd.callLinkedId());
        put(b, "sameAsTrackingCode", cmd.sameAsTrackingCode());
        return b.build().toString();
    }

    public static SubmitReport read(String payload) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(payload))) {
            o = reader.readObject();
        }
        SubmitReport.ReporterData reporter = null;
        if (o.containsKey("reporter") && o.get("reporter").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject r = o.getJsonObject("reporter");
            reporter = new SubmitReport.ReporterData(text(r, "name"), text(r, "phone"), text(r, "email"), text(r, "citizenId"),
                    text(r, "address"));
        }
        return new SubmitReport(text(o, "title"), text(o, "description"), text(o, "categoryCode"), text(o, "areaCode"),
                text(o, "address"), number(o, "latitude"), number(o, "longitude"), reporter,
                o.getBoolean("consentToShareIdentity", false), text(o, "callLinkedId"), text(o, "sameAsTrackingCode"));
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static Double number(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getJsonNumber(name).doubleValue() : null;
    }
}
