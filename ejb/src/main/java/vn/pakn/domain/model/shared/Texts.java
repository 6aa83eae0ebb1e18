package vn.pakn.domain.model.shared;

import java.text.Normalizer;

/** Text arrives from macOS and some phones decomposed (NFD); everything is stored composed (NFC). */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    public static String nfcOrNull(String s) {
        String n = nfc(s);
        return n == null || n.isEmpty() ? null : n;
    }
}
