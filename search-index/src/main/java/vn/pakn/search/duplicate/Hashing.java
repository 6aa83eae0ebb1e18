package vn.pakn.search.duplicate;

/** Spreads weak hash codes (String.hashCode of short strings) over all 32 bits, as MinHash needs. */
final class Hashing {
  private Hashing() {}

  /** MurmurHash3's 32-bit finaliser. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
