package vn.pakn.interfaces.open311.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One response of the Open311 API as a small tree, written as XML or as JSON by the rule GeoReport v2 uses (the
 * Spark convention): the root element of a list (&lt;services&gt;) becomes the JSON array, each item element
 * (&lt;service&gt;) an object, an element with children an object, a repeated element (&lt;attribute&gt; in
 * &lt;attributes&gt;) an array. A null value is an empty element in XML and {@code null} in JSON.
 */
public record Open311Document(String root, Value body) {

    /** A value: {@link Obj}, {@link Arr} or {@link Scalar}. */
    public sealed interface Value permits Obj, Arr, Scalar {
    }

    /** Named fields in order. */
    public record Obj(List<Field> fields) implements Value {
        public Obj {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String name, Value value) {
    }

    /** Items, each written as an element named {@code itemName} in XML. */
    public record Arr(String itemName, List<? extends Value> items) implements Value {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string, number or boolean, or null. */
    public record Scalar(Object value) implements Value {
    }

    /** Builds an {@link Obj} field by field. */
    public static final class ObjBuilder {
        private final List<Field> fields = new ArrayList<>();

        public ObjBuilder add(String name, Object value) {
            fields.add(new Field(name, value instanceof Value v ? v : new Scalar(value)));
            return this;
        }

        public Obj build() {
            return new Obj(fields);
        }
    }

    public static ObjBuilder obj() {
        return new ObjBuilder();
    }

    public String render(Open311Format format) {
        return format == Open311Format.JSON ? json() : xml();
    }

    public String xml() {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            writeXml(xml, root, body);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Open311 XML of " + root, e);
        }
        return out.toString();
    }

    private static void writeXml(XMLStreamWriter xml, String name, Value value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Obj o) {
            for (Field f : o.fields()) {
                writeXml(xml, f.name(), f.value());
            }
        } else if (value instanceof Arr a) {
            for (Value item : a.items()) {
                writeXml(xml, a.itemName(), item);
            }
        } else if (((Scalar) value).value() != null) {
            xml.writeCharacters(text(((Scalar) value).value()));
        }
        xml.writeEndElement();
    }

    public String json() {
        var out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            writeJson(json, null, body);
        }
        return out.toString();
    }

    private static void writeJson(JsonGenerator json, String name, Value value) {
        if (value instanceof Obj o) {
            if (name == null) {
                json.writeStartObject();
            } else {
                json.writeStartObject(name);
            }
            o.fields().forEach(f -> writeJson(json, f.name(), f.value()));
            json.writeEnd();
        } else if (value instanceof Arr a) {
            if (name == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(name);
            }
            a.items().forEach(item -> writeJson(json, null, item));
            json.writeEnd();
        } else {
            writeScalar(json, name, ((Scalar) value).value());
        }
    }

    private static void writeScalar(JsonGenerator json, String name, Object v) {
        if (v == null) {
            if (name == null) {
                json.writeNull();
            } else {
                json.writeNull(name);
            }
        } else if (v instanceof Boolean b) {
            if (name == null) {
                json.write(b);
            } else {
                json.write(name, b);
            }
        } else if (v instanceof Number n) {
            BigDecimal d = number(n);
            if (name == null) {
                json.write(d);
            } else {
                json.write(name, d);
            }
        } else if (name == null) {
            json.write(v.toString());
        } else {
            json.write(name, v.toString());
        }
    }

    private static BigDecimal number(Number n) {
        return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
    }

    private static String text(Object v) {
        return v instanceof Number n ? number(n).toPlainString() : v.toString();
    }
}
