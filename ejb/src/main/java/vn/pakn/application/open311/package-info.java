/**
 * The Open311 GeoReport v2 use cases: the service list and definitions from our categories, a service request
 * taken in through the same {@link vn.pakn.application.intake.ReportIntake} as every other channel (channel
 * OPEN311), and requests looked up by tracking code, by token or by filter. The views here are format-neutral
 * records with instants; the REST layer writes them as XML or JSON. API keys of client applications are issued
 * and revoked here, and each key's request rate is limited by a token bucket.
 */
package vn.pakn.application.open311;
