package vn.pakn.telephony.agi;

/**
 * Port: is this a well-formed tracking code? The default is the library's own rule — exactly 10 digits whose last
 * digit is the Damm check digit of the first 9 — so the IVR works before the server plugs anything in. The server may
 * replace it (e.g. to also check the code's year prefix).
 */
@FunctionalInterface
public interface TrackingCodeVerifier {

    /** The number of digits of a tracking code, check digit included. */
    int LENGTH = 10;

    boolean isValid(String code);

    /** 10 digits, Damm check digit last. */
    static TrackingCodeVerifier damm() {
        return code -> code != null && code.length() == LENGTH && Damm.isValid(code);
    }
}
