/**
 * The administration API under {@code /api/admin}: units, categories with SLA policies, areas, routing rules,
 * the working calendar and staff accounts. Every resource is {@code @RolesAllowed("ADMIN")}, and the services
 * behind it check the role again; bodies are the validated records of
 * {@link vn.pakn.application.admin.AdminForms}, answers the records of {@link vn.pakn.application.admin.AdminViews}
 * (never a password hash). Things cases refer to are deactivated with {@code POST …/deactivate}, never deleted.
 */
package vn.pakn.interfaces.admin.rest;
