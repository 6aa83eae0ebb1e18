/**
 * The case aggregate: a unit of work opened by one or more reports, routed to a unit, answered and
 * published. Holds the workflow policy ({@link vn.pakn.domain.model.cases.CaseWorkflow} over
 * {@link vn.pakn.domain.model.cases.CaseState} and {@link vn.pakn.domain.model.cases.CaseAction}),
 * the citizen-facing {@link vn.pakn.domain.model.cases.TrackingCode} and the entities that record a
 * case's reports, assignments, answers and events. The policies here are plain Java, so the
 * services and the tests use the same rules without a container.
 */
package vn.pakn.domain.model.cases;
