/**
 * Hotline KPIs per period, queue and operator, computed from call snapshots: offered, answered, abandoned (short
 * abandons excluded), abandon rate, service level, ASA from measured waits, AHT, callbacks and survey score. The
 * definitions are written in telephony/README.md.
 */
package vn.pakn.telephony.kpi;
