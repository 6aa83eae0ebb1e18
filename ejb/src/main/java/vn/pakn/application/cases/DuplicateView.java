package vn.pakn.application.cases;

import java.util.List;
import vn.pakn.domain.model.cases.CaseState;

/** A case the duplicate finder thinks a case may repeat, with the reasons, for the dispatcher's merge decision. */
public record DuplicateView(long caseId, String trackingCode, String title, CaseState state, String stateLabelVi,
                            double score, String band, List<Reason> reasons) {

    public record Reason(String code, double weight, String detail) {
    }
}
