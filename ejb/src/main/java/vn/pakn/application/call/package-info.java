/**
 * The call desk's use cases: recording hotline calls from the AMI listener's snapshots ({@link
 * vn.pakn.application.call.CallRecords}), screen pops for the operator who answers ({@link
 * vn.pakn.application.call.ScreenPops}), callback tasks ({@link vn.pakn.application.call.CallbackDesk}) and hotline
 * KPIs ({@link vn.pakn.application.call.HotlineStatistics}). The listener hands every snapshot over as a
 * {@link vn.pakn.application.call.CallChanged} CDI event fired asynchronously, so persistence and push never run on
 * the listener's thread and do not wait for each other.
 */
package vn.pakn.application.call;
