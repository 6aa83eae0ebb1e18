package vn.pakn.search.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes a reporter's phone so that the library never sees the number: the digits are normalised to
 * the Vietnamese national form ({@code +84 905 123 456}, {@code 84905123456}, {@code 0905.123.456}
 * all become {@code 0905123456}) and hashed with SHA-256.
 */
final class PhoneHash {

  /** Fewer digits than this is not a phone number (an extension, a typo) and yields no hash. */
  static final int MIN_DIGITS = 6;

  private PhoneHash() {
  }

  static String normalise(String phone) {
    if (phone == null) {
      return null;
    }
    String d = phone.replaceAll("[^0-9]", "");
    if (d.startsWith("0084")) {
      d = "0" + d.substring(4);
    } else if (d.startsWith("84") && d.length() >= 11) {
      d = "0" + d.substring(2);
    } else if (!d.startsWith("0") && d.length() == 9) {
      d = "0" + d;
    }
    return d.length() < MIN_DIGITS ? null : d;
  }

  static String of(String phone) {
    String d = normalise(phone);
    if (d == null) {
      return null;
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(d.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
