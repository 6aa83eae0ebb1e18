/** The working calendar's shipped reference data: the public holiday table and its seeding at start-up. */
package vn.pakn.infrastructure.calendar;
