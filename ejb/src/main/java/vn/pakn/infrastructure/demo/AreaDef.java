package vn.pakn.infrastructure.demo;

import java.util.Objects;

/**
 * A demo area (địa bàn). {@code wardUnitCode} is the people's committee of that ward or commune, for the
 * local routing rules; null for the city as a whole.
 */
public record AreaDef(String code, String parentCode, String nameVi, String kind, String wardUnitCode) {

    public AreaDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(kind, "kind");
    }
}
