package vn.pakn.domain.model.category;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One choice of a list attribute: the key a client sends back and the Vietnamese name people see. */
@Embeddable
public class AttributeChoice {

    @Column(name = "value_key", nullable = false)
    private String key;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    protected AttributeChoice() {
    }

    public AttributeChoice(String key, String nameVi) {
        this.key = key;
        this.nameVi = nameVi;
    }

    public String key() { return key; }
    public String nameVi() { return nameVi; }
}
