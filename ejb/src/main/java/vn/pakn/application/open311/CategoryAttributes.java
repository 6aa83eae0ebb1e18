package vn.pakn.application.open311;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminAccess;
import vn.pakn.domain.model.category.AttributeChoice;
import vn.pakn.domain.model.category.AttributeDatatype;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.CategoryAttribute;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/**
 * The extra questions of a category, set by ADMIN as one list (replace all): what third-party apps show as the
 * service definition. Reports already taken keep the answers they had.
 */
@Stateless
public class CategoryAttributes {

    private static final Logger LOG = Logger.getLogger("vn.pakn.audit.admin");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,60}");

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    @Inject
    private GeoReport geoReport;

    /** One attribute as ADMIN writes it; {@code values} only for the list datatypes. */
    public record AttributeForm(String code, String datatype, Boolean required, Boolean variable, String description,
                                String datatypeDescription, List<ChoiceForm> values) {
    }

    public record ChoiceForm(String key, String name) {
    }

    public Open311Views.ServiceDefinition get(String categoryCode) {
        access.requireAdmin();
        return geoReport.definitionOf(category(categoryCode));
    }

    public Open311Views.ServiceDefinition replace(String categoryCode, List<AttributeForm> forms) {
        StaffMember admin = access.requireAdmin();
        Category category = category(categoryCode);
        em.createQuery("SELECT a FROM CategoryAttribute a WHERE a.category = :c", CategoryAttribute.class)
                .setParameter("c", category).getResultList().forEach(em::remove);
        em.flush();
        var seen = new HashSet<String>();
        int order = 1;
        for (AttributeForm form : forms == null ? List.<AttributeForm>of() : forms) {
            em.persist(attribute(category, form, order++, seen));
        }
        em.flush();
        LOG.infof("PAKN1104: admin %s set %d Open311 attributes of category %s", admin.username(), seen.size(), category.getCode());
        return geoReport.definitionOf(category);
    }

    private static CategoryAttribute attribute(Category category, AttributeForm form, int order, java.util.Set<String> seen) {
        if (form == null) {
            throw invalid("missing-attribute", "Thiếu thuộc tính.", "An attribute is missing.");
        }
        String code = Texts.nfcOrNull(form.code());
        if (code == null || !CODE.matcher(code).matches()) {
            throw invalid("bad-attribute-code", "Mã thuộc tính gồm chữ, số, _ . - (tối đa 60 ký tự).",
                    "An attribute code is letters, digits, _ . - (at most 60 characters).");
        }
        if (!seen.add(code)) {
            throw invalid("duplicate-attribute", "Mã thuộc tính " + code + " bị lặp.", "Attribute code " + code + " is repeated.");
        }
        AttributeDatatype datatype = AttributeDatatype.parse(form.datatype()).orElseThrow(() -> invalid("bad-datatype",
                "Kiểu dữ liệu của " + code + " phải là string, number, datetime, text, singlevaluelist hoặc multivaluelist.",
                "The datatype of " + code + " must be string, number, datetime, text, singlevaluelist or multivaluelist."));
        String description = Texts.nfcOrNull(form.description());
        if (description == null || description.length() > 1000) {
            throw invalid("bad-attribute-description", "Cần mô tả (câu hỏi) cho " + code + ", tối đa 1000 ký tự.",
                    "Attribute " + code + " needs a description (the question), at most 1000 characters.");
        }
        var choices = (form.values() == null ? List.<ChoiceForm>of() : form.values()).stream().map(v -> choice(code, v)).toList();
        if (datatype.isList() != !choices.isEmpty()) {
            throw invalid("bad-attribute-values", "Thuộc tính dạng danh sách cần các giá trị; các kiểu khác thì không (" + code + ").",
                    "List attributes need values and other datatypes take none (" + code + ").");
        }
        if (choices.stream().map(AttributeChoice::key).distinct().count() != choices.size()) {
            throw invalid("duplicate-attribute-value", "Khoá giá trị của " + code + " bị lặp.", "A value key of " + code + " is repeated.");
        }
        boolean variable = form.variable() == null || form.variable();
        return new CategoryAttribute(category, code, datatype, Boolean.TRUE.equals(form.required()), variable, description,
                Texts.nfcOrNull(form.datatypeDescription()), order, choices);
    }

    private static AttributeChoice choice(String code, ChoiceForm form) {
        String key = form == null ? null : Texts.nfcOrNull(form.key());
        String name = form == null ? null : Texts.nfcOrNull(form.name());
        if (key == null || name == null || key.length() > 60 || name.length() > 300) {
            throw invalid("bad-attribute-value", "Mỗi giá trị của " + code + " cần key (≤ 60) và name (≤ 300).",
                    "Every value of " + code + " needs a key (≤ 60) and a name (≤ 300).");
        }
        return new AttributeChoice(key, name);
    }

    private Category category(String code) {
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :c", Category.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("lĩnh vực", "category", code));
    }

    private static DomainException invalid(String code, String vi, String en) {
        return DomainException.invalid(code, vi, en);
    }
}
