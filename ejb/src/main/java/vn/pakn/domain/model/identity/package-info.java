/**
 * Who acts in the system. Holds the {@link vn.pakn.domain.model.identity.Role roles} of the design
 * (citizen, operator, dispatcher, unit officer and leader, leader, admin and the system itself) so
 * that the case workflow, the services and the security layer all speak of the same closed set;
 * users, their units and credentials live next to them.
 */
package vn.pakn.domain.model.identity;
