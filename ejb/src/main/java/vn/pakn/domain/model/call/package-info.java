/**
 * Hotline calls as the server keeps them: {@link vn.pakn.domain.model.call.HotlineCall} (one row per Asterisk
 * Linkedid, brought up to date from the telephony library's call snapshots, stale snapshots ignored by revision)
 * and {@link vn.pakn.domain.model.call.CallbackTask} (an abandoned call or an out-of-hours message that an operator
 * must call back). Reports taken during a call name it by Linkedid ({@code report.call_linkedid}).
 */
package vn.pakn.domain.model.call;
