package vn.pakn.infrastructure.demo;

import java.util.Objects;
import vn.pakn.domain.model.category.SlaPolicy;

/** A demo category with its SLA in working days: forward, answer, and one extension of at most the answer period. */
public record CategoryDef(String code, String nameVi, String nameEn, String descriptionVi, Urgency urgency) {

    /** Which answer period of issue 2 applies. */
    public enum Urgency {
        /** Urgent infrastructure and public order (water, power, flooding, fallen trees, security): 5 working days. */
        URGENT(5),
        /** Everything else: 10 working days. */
        NORMAL(10),
        /** Questions about legal documents: 15 working days. */
        LEGAL_QUESTION(15);

        private final int answerWorkingDays;

        Urgency(int answerWorkingDays) {
            this.answerWorkingDays = answerWorkingDays;
        }

        public int answerWorkingDays() {
            return answerWorkingDays;
        }
    }

    public CategoryDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(urgency, "urgency");
    }

    /** Forward within 1 working day, answer per {@link Urgency}, one extension of up to the same period. */
    public SlaPolicy sla() {
        return SlaPolicy.answeringIn(urgency.answerWorkingDays());
    }
}
