package vn.pakn.domain.model.category;

import java.util.Locale;
import java.util.Optional;

/** The kinds of answer a category attribute takes: exactly the datatypes of an Open311 service definition. */
public enum AttributeDatatype {
    STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

    /** The name as Open311 writes it ({@code singlevaluelist}). */
    public String open311Name() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isList() {
        return this == SINGLEVALUELIST || this == MULTIVALUELIST;
    }

    public static Optional<AttributeDatatype> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (AttributeDatatype d : values()) {
            if (d.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
