/**
 * FastAGI IVR: the three scripts (status lookup, satisfaction survey, out-of-hours message), the ports the server
 * implements ({@link vn.pakn.telephony.agi.CaseStatusLookup}, {@link vn.pakn.telephony.agi.SurveyRecorder},
 * {@link vn.pakn.telephony.agi.VoicemailIntake}, {@link vn.pakn.telephony.agi.TrackingCodeVerifier}) and
 * {@link vn.pakn.telephony.agi.IvrServer} which serves them. Scripts are stateless and thread-safe.
 */
package vn.pakn.telephony.agi;
