package vn.pakn.search.analysis;

/**
 * How Vietnamese letters are encoded in a string. Text pasted from old documents set in TCVN3 (ABC, ".VnTime")
 * or VNI-Windows fonts reaches us as Unicode strings of Latin-1 look-alikes ("B¸o c¸o", "Baùo caùo"), which
 * neither match nor fold; {@link LegacyEncodingDetector} recognises them and {@link #decode(String)} repairs them.
 */
public enum LegacyEncoding {
  /** Proper Unicode (or plain ASCII): nothing to convert. */
  UNICODE {
    @Override
    public String decode(String text) {
      return text;
    }
  },
  /** TCVN 5712:1993 VN3 ("ABC"), one byte per letter, lower case letters only (upper case came from the font). */
  TCVN3 {
    @Override
    public String decode(String text) {
      return Tcvn3Decoder.decode(text);
    }
  },
  /** VNI-Windows: base letter followed by a mark byte ("a" + "ù" = "á"). */
  VNI {
    @Override
    public String decode(String text) {
      return VniDecoder.decode(text);
    }
  };

  /** The text re-encoded as Unicode (NFC is the caller's concern). */
  public abstract String decode(String text);
}
