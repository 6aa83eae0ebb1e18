package vn.pakn.telephony.agi;

import vn.pakn.telephony.emulator.FastAgiCaller;

/** Test access to the header block the emulator's FastAGI caller sends. */
final class FastAgiCallerHeaders {
    private FastAgiCallerHeaders() {
    }

    static String of(FastAgiCaller.Spec spec) {
        return FastAgiCaller.headerBlock("127.0.0.1", 4573, spec);
    }
}
