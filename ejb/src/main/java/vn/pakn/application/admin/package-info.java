/**
 * What the ADMIN maintains: the unit tree, categories with their SLA policies, areas, routing rules, the
 * working calendar and the staff accounts. Every service checks the ADMIN role itself (not only the REST
 * layer), never hard-deletes what cases refer to (it deactivates), refuses with a {@code DomainException}
 * that says what is wrong in Vietnamese and English, and writes one audit line per change through
 * {@link vn.pakn.application.admin.AdminAudit} (who, what, which code; never a password or personal data).
 * The pure rules ({@link vn.pakn.application.admin.UnitTreeRules}, {@link vn.pakn.application.admin.AccountRules},
 * {@link vn.pakn.application.admin.AdminCodes}, {@link vn.pakn.application.admin.SlaRules}) are unit-tested
 * without a container.
 */
package vn.pakn.application.admin;
