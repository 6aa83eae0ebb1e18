/**
 * PAKN telephony: a plain Java library (no Jakarta EE) on Asterisk-Java. {@code ami} tracks calls from the
 * Asterisk Manager Interface and sends actions, {@code call} is the immutable call model, {@code agi} holds the
 * FastAGI IVR scripts and the ports the server implements, {@code kpi} the hotline figures, and {@code emulator}
 * a small Asterisk stand-in speaking the real AMI and FastAGI wire protocols.
 */
package vn.pakn.telephony;
