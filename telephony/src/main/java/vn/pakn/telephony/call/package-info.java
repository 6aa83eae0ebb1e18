/**
 * The immutable call model ({@link vn.pakn.telephony.call.CallSnapshot}) and the single-threaded state machine
 * ({@link vn.pakn.telephony.call.CallBook}) that folds AMI events into it, keyed by Asterisk's Linkedid.
 */
package vn.pakn.telephony.call;
