/**
 * AMI client side on asterisk-java: {@link vn.pakn.telephony.ami.CallTracker} turns the event stream into call
 * snapshots (bounded queue between socket reader and model, reconnect with back-off, reconciliation after every
 * login) and {@link vn.pakn.telephony.ami.AmiActions} sends Originate, QueuePause and QueueStatus on a connection of
 * its own. {@link vn.pakn.telephony.ami.AmiEventMapper} is the small, testable mapping from asterisk-java events.
 */
package vn.pakn.telephony.ami;
