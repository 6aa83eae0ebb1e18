/**
 * The adapter over the telephony library inside the container: {@link
 * vn.pakn.infrastructure.telephony.HotlineListener} runs the AMI call tracker (and, in the default demo run, the
 * library's emulator with a trickle of demo calls) and the FastAGI IVR on container-managed threads, and hands every
 * call snapshot on as an asynchronous CDI event; {@link vn.pakn.infrastructure.telephony.AmiTelephonyGateway}
 * places callbacks with AMI Originate. Settings in {@link vn.pakn.infrastructure.telephony.HotlineSettings}.
 */
package vn.pakn.infrastructure.telephony;
