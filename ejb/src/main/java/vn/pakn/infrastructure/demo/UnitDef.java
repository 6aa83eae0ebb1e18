package vn.pakn.infrastructure.demo;

import java.util.Objects;

/** A demo unit: {@code parentCode} is null for a root (the city committee, a utility company). */
public record UnitDef(String code, String parentCode, String nameVi, String nameEn, String kind, String email,
                      String address) {

    public UnitDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(kind, "kind");
    }
}
