/**
 * Realistic Vietnamese demo data for the fictional Thành phố Hải Long, loaded at start-up when the
 * MicroProfile Config key {@value vn.pakn.infrastructure.demo.DemoDataSettings#KEY} allows it. The
 * content (units, areas, categories, routing rules, users, report texts) is plain data in
 * {@link vn.pakn.infrastructure.demo.DemoCity}, {@link vn.pakn.infrastructure.demo.DemoCatalogue},
 * {@link vn.pakn.infrastructure.demo.DemoUsers} and {@link vn.pakn.infrastructure.demo.DemoTexts},
 * testable without a container; {@link vn.pakn.infrastructure.demo.DemoCaseSimulator} drives cases
 * through the domain at back-dated instants; {@link vn.pakn.infrastructure.demo.DemoDataWriter} is
 * the one transaction that writes it all, once, even with two nodes starting together.
 */
package vn.pakn.infrastructure.demo;
