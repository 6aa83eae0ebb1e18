package vn.pakn.domain.model.category;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A question a category asks besides the description — "Đồng hồ nước số mấy?", "Mức độ ngập" — that
 * third-party apps show as a form field (the attributes of an Open311 service definition). A category without
 * attributes asks nothing more.
 */
@Entity
@Table(name = "category_attribute")
public class CategoryAttribute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_attribute_seq")
    @SequenceGenerator(name = "category_attribute_seq", sequenceName = "category_attribute_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttributeDatatype datatype;

    private boolean required;

    /** False for a notice that is only shown to the user and asks for no input. */
    private boolean variable = true;

    @Column(name = "description_vi", nullable = false)
    private String descriptionVi;

    @Column(name = "datatype_description")
    private String datatypeDescription;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_attribute_value", joinColumns = @JoinColumn(name = "attribute_id"))
    @OrderColumn(name = "sort_order")
    private List<AttributeChoice> choices = new ArrayList<>();

    protected CategoryAttribute() {
    }

    public CategoryAttribute(Category category, String code, AttributeDatatype datatype, boolean required, boolean variable,
                             String descriptionVi, String datatypeDescription, int order, List<AttributeChoice> choices) {
        if (datatype.isList() && choices.isEmpty()) {
            throw new IllegalArgumentException("a " + datatype.open311Name() + " attribute needs choices: " + code);
        }
        if (!datatype.isList() && !choices.isEmpty()) {
            throw new IllegalArgumentException("only list attributes have choices: " + code);
        }
        this.category = category;
        this.code = code;
        this.datatype = datatype;
        this.required = required && variable;
        this.variable = variable;
        this.descriptionVi = descriptionVi;
        this.datatypeDescription = datatypeDescription;
        this.sortOrder = order;
        this.choices = new ArrayList<>(choices);
    }

    public Long getId() { return id; }
    public Category getCategory() { return category; }
    public String getCode() { return code; }
    public AttributeDatatype getDatatype() { return datatype; }
    public boolean isRequired() { return required; }
    public boolean isVariable() { return variable; }
    public String getDescriptionVi() { return descriptionVi; }
    public String getDatatypeDescription() { return datatypeDescription; }
    public int getOrder() { return sortOrder; }
    public List<AttributeChoice> getChoices() { return List.copyOf(choices); }
}
