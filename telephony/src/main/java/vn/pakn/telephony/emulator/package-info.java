/**
 * An Asterisk stand-in for tests and the demo: {@link vn.pakn.telephony.emulator.AmiEmulator} is an AMI server over
 * plain sockets (own code, no asterisk-java), {@link vn.pakn.telephony.emulator.SimulatedPbx} raises documented
 * events for the named {@link vn.pakn.telephony.emulator.Scenarios}, {@link vn.pakn.telephony.emulator.ReplayTranscript}
 * replays recorded traffic, and {@link vn.pakn.telephony.emulator.FastAgiCaller} drives a FastAGI server as Asterisk
 * would. Runnable: {@link vn.pakn.telephony.emulator.EmulatorMain}.
 */
package vn.pakn.telephony.emulator;
