package vn.pakn.domain.model.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

/**
 * The unit of work that is routed and answered. Many reports (duplicates) may share one case. Every change
 * of state goes through {@link CaseWorkflow} and returns the {@link CaseEvent} the caller must persist.
 * Named PaknCase in JPQL because CASE is a JPQL keyword.
 */
@Entity(name = "PaknCase")
@Table(name = "pakn_case")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pakn_case_seq")
    @SequenceGenerator(name = "pakn_case_seq", sequenceName = "pakn_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 10)
    private String trackingCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state = CaseState.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    private String address;
    private Double latitude;
    private Double longitude;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "forward_due_at", nullable = false)
    private Instant forwardDueAt;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggested_unit_id")
    private Unit suggestedUnit;

    @Column(name = "likely_duplicate_of_id")
    private Long likelyDuplicateOfId;

    /** Tracking codes never change, so the hint keeps the code and the queue needs no join to show it. */
    @Column(name = "likely_duplicate_of_code")
    private String likelyDuplicateOfCode;

    @Column(name = "likely_duplicate_score")
    private Double likelyDuplicateScore;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Case mergedInto;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_merge")
    private CaseState stateBeforeMerge;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "redirect_to")
    private String redirectTo;

    @Column(name = "returned_count", nullable = false)
    private int returnedCount;

    @Column(name = "reopened_count", nullable = false)
    private int reopenedCount;

    @Column(name = "report_count", nullable = false)
    private int reportCount = 1;

    /** Bumped on every change; the search index catches up from the highest value it has seen. */
    @Column(name = "change_seq", nullable = false)
    private long changeSeq;

    @OneToMany(mappedBy = "assignedCase", cascade = CascadeType.ALL)
    @OrderBy("assignedAt")
    private List<Assignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "answeredCase", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    /**
     * When this row was last written (system time): the dashboard's per-day statistics recompute the day of a case
     * touched since they were built (see V53__dashboard.sql). Set by JPA on every insert and update, not by the domain.
     */
    @Column(name = "stats_touched_at")
    private Instant statsTouchedAt;

    protected Case() {
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void touchedForStatistics() {
        statsTouchedAt = Instant.now();
    }

    /** Opens a case for the first report of a problem; the case takes the report's tracking code. */
    public static Case openFor(Report report, Instant forwardDueAt) {
        var c = new Case();
        c.trackingCode = report.getTrackingCode();
        c.title = report.getTitle();
        c.description = report.getDescription();
        c.channel = report.getChannel();
        c.category = report.getCategory();
        c.area = report.getArea();
        c.address = report.getAddress();
        c.latitude = report.getLatitude();
        c.longitude = report.getLongitude();
        c.receivedAt = report.getReceivedAt();
        c.forwardDueAt = forwardDueAt;
        report.openedAs(c);
        return c;
    }

    public CaseEvent received(Actor actor) {
        return event(actor, "RECEIVE", null, null, null);
    }

    private CaseEvent transition(CaseAction action, Actor actor, Instant at, Long unitId, String note) {
        CaseState from = state;
        state = CaseWorkflow.next(from, action, actor.role());
        changeSeq++;
        return new CaseEvent(id, at, actor.username(), actor.role(), action.name(), from, state, unitId, note);
    }

    private CaseEvent event(Actor actor, String action, Instant at, Long unitId, String note) {
        return new CaseEvent(id, at == null ? receivedAt : at, actor.username(), actor.role(), action, null, state, unitId, note);
    }

    /** A change of data that is not a change of state (an extension decision, a pause) is still one event. */
    private CaseEvent record(CaseAction action, Actor actor, Instant at, Long unitId, String note) {
        CaseWorkflow.next(state, action, actor.role());
        changeSeq++;
        return new CaseEvent(id, at, actor.username(), actor.role(), action.name(), state, state, unitId, note);
    }

    /** The action name of {@link #followUp} in the history; not a {@link CaseAction}, since it changes nothing. */
    public static final String FOLLOW_UP = "FOLLOW_UP";

    /**
     * A reporter wrote again about the case (a reply by e-mail, a message quoting the tracking code): kept in the
     * history whatever the state, without changing it.
     */
    public CaseEvent followUp(Actor actor, Instant at, String note) {
        changeSeq++;
        return new CaseEvent(id, at, actor.username(), actor.role(), FOLLOW_UP, state, state,
                leadUnit == null ? null : leadUnit.getId(), note);
    }

    public void suggestUnit(Unit unit) {
        this.suggestedUnit = unit;
    }

    /** Records the duplicate finder's best "likely duplicate" at intake; a hint for the dispatcher, not a merge. */
    public void hintLikelyDuplicateOf(long otherCaseId, String otherTrackingCode, double score) {
        if (id != null && otherCaseId == id) {
            throw new IllegalArgumentException("a case cannot duplicate itself: " + otherCaseId);
        }
        this.likelyDuplicateOfId = otherCaseId;
        this.likelyDuplicateOfCode = otherTrackingCode;
        this.likelyDuplicateScore = score;
    }

    public CaseEvent classify(Actor actor, Category category, Area area, String title, Instant at) {
        var e = transition(CaseAction.CLASSIFY, actor, at, null,
                "Lĩnh vực: " + (category == null ? "-" : category.getNameVi()) + "; địa bàn: " + (area == null ? "-" : area.getNameVi()));
        this.category = category;
        this.area = area;
        if (title != null && !title.isBlank()) {
            this.title = title;
        }
        this.classifiedAt = at;
        return e;
    }

    /** Gives the case to a lead unit (and coordinating units), each with a deadline from the category's SLA. */
    public CaseEvent route(Actor actor, Unit lead, Collection<Unit> coordinators, Instant at, Instant dueAt, String note) {
        if (category == null) {
            throw DomainException.invalid("category-required",
                    "Cần phân loại lĩnh vực trước khi chuyển xử lý.", "Classify the case (category) before routing it.");
        }
        var e = transition(CaseAction.ROUTE, actor, at, lead.getId(), note);
        assignments.stream().filter(a -> a.getState().isOpen()).forEach(a -> a.end(Assignment.State.CANCELLED, at, "Chuyển lại"));
        this.leadUnit = lead;
        this.routedAt = at;
        if (classifiedAt == null) {
            classifiedAt = at;
        }
        assignments.add(new Assignment(this, lead, Assignment.Role.LEAD, at, dueAt));
        for (Unit u : coordinators) {
            if (!u.getId().equals(lead.getId())) {
                assignments.add(new Assignment(this, u, Assignment.Role.COORDINATING, at, dueAt));
            }
        }
        return e;
    }

    public CaseEvent accept(Actor actor, Instant at) {
        var lead = requireLeadAssignment();
        var e = transition(CaseAction.ACCEPT, actor, at, lead.getUnit().getId(), null);
        lead.accept(at);
        return e;
    }

    public CaseEvent returnToDispatch(Actor actor, Instant at, String reason) {
        requireText(reason, "reason", "lý do");
        var lead = requireLeadAssignment();
        var e = transition(CaseAction.RETURN_TO_DISPATCH, actor, at, lead.getUnit().getId(), reason);
        assignments.stream().filter(a -> a.getState().isOpen()).forEach(a -> a.end(Assignment.State.CANCELLED, at, reason));
        lead.end(Assignment.State.RETURNED, at, reason);
        this.returnedCount++;
        this.leadUnit = null;
        return e;
    }

    public CaseEvent requestInfo(Actor actor, Instant at, String question) {
        requireText(question, "question", "nội dung cần bổ sung");
        var lead = requireLeadAssignment();
        var e = record(CaseAction.REQUEST_INFO, actor, at, lead.getUnit().getId(), question);
        if (lead.openPause().isPresent()) {
            throw DomainException.conflict("already-paused", "Hồ sơ đang tạm dừng chờ bổ sung thông tin.",
                    "The case is already paused waiting for information.");
        }
        lead.startPause(at, question);
        return e;
    }

    public CaseEvent receiveInfo(Actor actor, Instant at, String info, WorkingCalendar calendar) {
        var lead = requireLeadAssignment();
        if (lead.openPause().isEmpty()) {
            throw DomainException.conflict("not-paused", "Hồ sơ không ở trạng thái chờ bổ sung thông tin.",
                    "The case is not waiting for information.");
        }
        var e = record(CaseAction.RECEIVE_INFO, actor, at, lead.getUnit().getId(), info);
        lead.endPause(at, calendar);
        return e;
    }

    public CaseEvent requestExtension(Actor actor, Instant at, int days, String reason) {
        requireText(reason, "reason", "lý do");
        var lead = requireLeadAssignment();
        int max = category.getSla().maxExtensionDays();
        if (lead.getExtensionState() != Assignment.ExtensionState.NONE) {
            throw DomainException.conflict("extension-used", "Mỗi hồ sơ chỉ được gia hạn một lần.",
                    "A case may be extended only once.");
        }
        if (days < 1 || days > max) {
            throw DomainException.invalid("extension-days", "Số ngày gia hạn phải từ 1 đến " + max + ".",
                    "Extension days must be between 1 and " + max + ".");
        }
        var e = record(CaseAction.REQUEST_EXTENSION, actor, at, lead.getUnit().getId(), days + " ngày: " + reason);
        lead.requestExtension(days, reason);
        return e;
    }

    public CaseEvent decideExtension(Actor actor, Instant at, boolean grant, String note, WorkingCalendar calendar) {
        var lead = requireLeadAssignment();
        if (lead.getExtensionState() != Assignment.ExtensionState.REQUESTED) {
            throw DomainException.conflict("no-extension-request", "Không có đề nghị gia hạn đang chờ.",
                    "There is no pending extension request.");
        }
        var e = record(grant ? CaseAction.GRANT_EXTENSION : CaseAction.DENY_EXTENSION, actor, at, lead.getUnit().getId(), note);
        if (grant) {
            lead.grantExtension(calendar);
        } else {
            lead.denyExtension();
        }
        return e;
    }

    public CaseEvent answer(Actor actor, Instant at, String body) {
        requireText(body, "body", "nội dung trả lời");
        var lead = requireLeadAssignment();
        var e = transition(CaseAction.ANSWER, actor, at, lead.getUnit().getId(), null);
        lead.answered(at);
        // Coordinating units contribute to the lead's answer; their clocks stop with it.
        assignments.stream().filter(a -> a.getRole() == Assignment.Role.COORDINATING && a.getState().isOpen())
                .forEach(a -> a.end(Assignment.State.ANSWERED, at, "Đơn vị chủ trì đã trả lời"));
        answers.add(new Answer(this, lead, body, actor.username(), at));
        this.answeredAt = at;
        return e;
    }

    public CaseEvent approveAnswer(Actor actor, Instant at) {
        var answer = pendingAnswer();
        var e = transition(CaseAction.APPROVE_ANSWER, actor, at, leadUnit == null ? null : leadUnit.getId(), null);
        answer.approve(actor.username(), at);
        return e;
    }

    public CaseEvent rejectAnswer(Actor actor, Instant at, String note) {
        requireText(note, "note", "lý do không duyệt");
        var answer = pendingAnswer();
        var e = transition(CaseAction.REJECT_ANSWER, actor, at, leadUnit == null ? null : leadUnit.getId(), note);
        answer.reject(note);
        answer.getAssignment().reopenForRework();
        this.answeredAt = null;
        return e;
    }

    public CaseEvent publish(Actor actor, Instant at, String redactedBody) {
        var answer = latestAnswer().filter(a -> a.getApprovedAt() != null).orElseThrow(() ->
                DomainException.conflict("no-approved-answer", "Chưa có kết quả được duyệt để công khai.", "No approved answer to publish."));
        var e = transition(CaseAction.PUBLISH, actor, at, null, null);
        answer.publish(redactedBody, at);
        this.publishedAt = at;
        return e;
    }

    public CaseEvent close(Actor actor, Instant at, String note) {
        var e = transition(CaseAction.CLOSE, actor, at, null, note);
        this.closedAt = at;
        return e;
    }

    public CaseEvent reopen(Actor actor, Instant at, String reason) {
        requireText(reason, "reason", "lý do");
        var e = transition(CaseAction.REOPEN, actor, at, null, reason);
        this.reopenedCount++;
        this.closedAt = null;
        return e;
    }

    /** Makes this case a duplicate of {@code master}: its reports move there and its open work is cancelled. */
    public CaseEvent mergeInto(Actor actor, Case master, Collection<Report> reports, Instant at) {
        if (master == this || master.isMerged()) {
            throw DomainException.invalid("bad-merge-target", "Không thể gộp vào hồ sơ này.", "This case cannot be the merge target.");
        }
        CaseState before = state;
        var e = transition(CaseAction.MERGE, actor, at, null, "Gộp vào hồ sơ " + master.getTrackingCode());
        this.stateBeforeMerge = before;
        this.mergedInto = master;
        assignments.stream().filter(a -> a.getState().isOpen()).forEach(a -> a.end(Assignment.State.CANCELLED, at, "Gộp hồ sơ"));
        for (Report r : reports) {
            r.movedTo(master);
        }
        master.reportsMoved(reports.size());
        this.reportCount -= reports.size();
        return e;
    }

    /**
     * Reports joined (positive) or left (negative) this master case. A method, not field access from the other
     * case: {@code mergedInto} may be a lazy proxy whose fields are not the entity's.
     */
    void reportsMoved(int delta) {
        this.reportCount += delta;
        this.changeSeq++;
    }

    /** Undoes a merge: the reports that started here come back, and the case returns to classification. */
    public CaseEvent unmerge(Actor actor, Collection<Report> ownReports, Instant at) {
        var master = Optional.ofNullable(mergedInto).orElseThrow(() ->
                DomainException.conflict("not-merged", "Hồ sơ chưa được gộp.", "The case is not merged."));
        var e = transition(CaseAction.UNMERGE, actor, at, null, "Bỏ gộp khỏi hồ sơ " + master.getTrackingCode());
        for (Report r : ownReports) {
            r.movedTo(this);
        }
        master.reportsMoved(-ownReports.size());
        this.reportCount += ownReports.size();
        this.mergedInto = null;
        this.stateBeforeMerge = null;
        return e;
    }

    public CaseEvent redirect(Actor actor, Instant at, String reason, String redirectTo) {
        requireText(reason, "reason", "lý do");
        requireText(redirectTo, "redirectTo", "nơi hướng dẫn chuyển đến");
        var e = transition(CaseAction.REDIRECT, actor, at, null, reason + " → " + redirectTo);
        this.outcomeReason = reason;
        this.redirectTo = redirectTo;
        return e;
    }

    public CaseEvent reject(Actor actor, Instant at, String reason) {
        requireText(reason, "reason", "lý do");
        var e = transition(CaseAction.REJECT, actor, at, null, reason);
        this.outcomeReason = reason;
        return e;
    }

    public Optional<Assignment> leadAssignment() {
        for (int i = assignments.size() - 1; i >= 0; i--) {
            var a = assignments.get(i);
            if (a.getRole() == Assignment.Role.LEAD) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public Optional<Assignment> openLeadAssignment() {
        return leadAssignment().filter(a -> a.getState().isOpen());
    }

    public Optional<Answer> latestAnswer() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    public Optional<Answer> publishedAnswer() {
        return answers.stream().filter(a -> a.getPublishedAt() != null).reduce((a, b) -> b);
    }

    private Assignment requireLeadAssignment() {
        return leadAssignment().orElseThrow(() -> DomainException.conflict("not-assigned",
                "Hồ sơ chưa được chuyển cho đơn vị xử lý.", "The case has not been routed to a unit."));
    }

    private Answer pendingAnswer() {
        return latestAnswer().filter(Answer::isPending).orElseThrow(() ->
                DomainException.conflict("no-pending-answer", "Không có kết quả xử lý đang chờ duyệt.", "No answer is waiting for approval."));
    }

    private static void requireText(String value, String field, String fieldVi) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("missing-" + field, "Cần nhập " + fieldVi + ".", "The field '" + field + "' is required.");
        }
    }

    public boolean isMerged() {
        return state == CaseState.MERGED;
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public CaseState getState() { return state; }
    public Channel getChannel() { return channel; }
    public Category getCategory() { return category; }
    public Area getArea() { return area; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getForwardDueAt() { return forwardDueAt; }
    public Instant getClassifiedAt() { return classifiedAt; }
    public Instant getRoutedAt() { return routedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Unit getSuggestedUnit() { return suggestedUnit; }
    public Long getLikelyDuplicateOfId() { return likelyDuplicateOfId; }
    public String getLikelyDuplicateOfCode() { return likelyDuplicateOfCode; }
    public Double getLikelyDuplicateScore() { return likelyDuplicateScore; }
    public Unit getLeadUnit() { return leadUnit; }
    public Case getMergedInto() { return mergedInto; }
    public String getOutcomeReason() { return outcomeReason; }
    public String getRedirectTo() { return redirectTo; }
    public int getReturnedCount() { return returnedCount; }
    public int getReopenedCount() { return reopenedCount; }
    public int getReportCount() { return reportCount; }
    public long getChangeSeq() { return changeSeq; }
    public List<Assignment> getAssignments() { return List.copyOf(assignments); }
    public List<Answer> getAnswers() { return List.copyOf(answers); }
}
