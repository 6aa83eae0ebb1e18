package vn.pakn.search.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.search.analysis.Syllables;

/**
 * The kind of problem a report names (flooding, power cut, pothole…), found from folded key phrases. Two
 * reports about the same street but different problems share most place words; the problem words are what
 * tell them apart, and people name the same problem in several ways ("mất điện", "cúp điện", "cắt điện"), which
 * plain word overlap misses. Phrases are folded syllables; single ambiguous syllables ("dien", "cong", "o")
 * appear only inside phrases.
 */
public final class ProblemTopics {
  /** Topic names, in bit order. */
  public static final List<String> NAMES;
  private static final Map<String, Integer> PHRASES = new HashMap<>();
  private static final int MAX_PHRASE = 3;
  /** Words between "sau" (after) and the event: "sau đợt ngập", "sau khi cắt điện", "sau cơn bão". */
  private static final java.util.Set<String> AFTERMATH = java.util.Set.of("dot", "khi", "con", "tran", "vu");
  private static final java.util.Set<String> PROBLEM_SYLLABLES = new java.util.HashSet<>();

  static {
    List<String> names = new ArrayList<>();
    topic(names, "FLOOD", "ngap", "lut", "ngap ung", "ung ngap", "trieu cuong", "nuoc dang", "nuoc tran",
        "bien thanh song", "ngap nang", "ngap sau");
    topic(names, "POWER_OUTAGE", "mat dien", "cup dien", "cat dien", "ngat dien", "ngung cap dien", "khong dien",
        "khong co dien", "dien chap chon", "dien yeu", "sut ap", "mat dien luoi");
    topic(names, "POWER_LINE", "day dien", "cot dien", "chap dien", "ro dien", "dien giat", "tram bien ap",
        "bien the", "no tram");
    topic(names, "WATER_OUTAGE", "mat nuoc", "cup nuoc", "cat nuoc", "khong nuoc", "khong co nuoc", "nuoc yeu",
        "nuoc sinh hoat", "ap luc nuoc", "nuoc chay nho", "khong len nuoc", "xe bon");
    topic(names, "WATER_QUALITY", "nuoc duc", "nuoc ban", "nuoc co mui", "nuoc phen", "co can", "nuoc vang",
        "chat luong nuoc");
    topic(names, "PIPE_LEAK", "vo ong", "ro ri nuoc", "ro ri", "be ong", "ong nuoc", "ong cap nuoc", "xi ong");
    topic(names, "ROAD_DAMAGE", "o ga", "o voi", "mat duong", "sut lun", "lun sut", "ho sau", "bong troc",
        "nut nut", "hu hong duong", "duong hu hong", "xuong cap", "sat lo", "lo dat", "ho tren duong");
    topic(names, "DRAINAGE", "nap cong", "tac cong", "cong thoat", "cong ranh", "ho ga", "thoat nuoc",
        "nuoc thai", "ranh thoat", "mieng cong", "cong bi tac", "nuoc cong", "vet cong", "muong thoat");
    topic(names, "GARBAGE", "rac", "rac thai", "thu gom", "thung rac", "bai rac", "xa rac", "do rac", "phe thai", "xa ban",
        "vut rac", "xe rac");
    topic(names, "NOISE", "tieng on", "on ao", "karaoke", "loa keo", "gay on", "hat hoi", "o nhiem tieng on",
        "loa thung", "am thanh lon", "hat ho", "nhac to", "mo nhac", "la het", "on qua", "on ao");
    topic(names, "STREET_LIGHT", "den duong", "den chieu sang", "chieu sang", "den cao ap", "den khong sang",
        "den hu", "toi om", "den bi hu", "den tat", "tat den", "den hong", "cot den", "bong den");
    topic(names, "TRAFFIC_SIGNAL", "den giao thong", "den tin hieu", "bien bao", "den xanh");
    topic(names, "TREE", "cay do", "cay gay", "nga do", "cay xanh", "canh cay", "gay canh", "bat goc", "do cay",
        "cat tia", "cay nghieng");
    topic(names, "CONSTRUCTION", "xay dung trai phep", "trai phep", "khong phep", "sai phep", "xay dung",
        "cong trinh", "xay nha", "co noi", "trat tu xay dung");
    topic(names, "ENCROACHMENT", "lan chiem", "via he", "buon ban", "ban hang rong", "dau xe",
        "chiem dung", "hang rong", "lon chiem");
    topic(names, "POLLUTION", "o nhiem", "mui hoi", "boc mui", "khoi bui", "bui bam", "hoi thoi", "xa thai",
        "dot rac", "khoi den", "khi thai", "ca chet");
    topic(names, "TRAFFIC", "un tac", "ket xe", "tac duong", "tai nan", "tac nghen", "vuot den",
        "dua xe", "phan luong");
    topic(names, "PUBLIC_TRANSPORT", "xe buyt", "tuyen buyt", "bo chuyen", "nha xe");
    topic(names, "FIRE", "chay nha", "hoa hoan", "dam chay", "boc chay", "chay no", "bi chay", "chay lon",
        "khoi lua", "chay rung", "lua chay", "dam chay");
    topic(names, "SECURITY", "trom", "cuop", "danh nhau", "an ninh", "trom cap", "giat do", "ma tuy",
        "co bac", "dam nhau");
    topic(names, "ANIMAL", "cho tha rong", "cho can", "cho dai", "tha rong", "gia suc", "ran can");
    topic(names, "FOOD_SAFETY", "ngo doc", "an toan thuc pham", "thuc pham ban", "het han");
    topic(names, "ADMIN_SERVICE", "thu tuc", "ho so", "giay to", "cham tre", "nhung nhieu", "tiep dan",
        "mot cua", "cap phep", "giay chung nhan", "tre hen");
    topic(names, "HEALTH_SERVICE", "bac si", "kham benh", "bao hiem y te", "cap cuu", "cho kham");
    topic(names, "EPIDEMIC", "sot xuat huyet", "diet muoi", "phun thuoc", "nhieu muoi", "muoi nhieu", "dich benh",
        "tay chan mieng");
    topic(names, "EDUCATION", "truong hoc", "hoc phi", "giao vien", "hoc sinh", "lam them");
    topic(names, "TELECOM", "song yeu", "internet", "cap quang", "wifi", "cap vien thong", "day cap", "cap treo");
    NAMES = List.copyOf(names);
    for (String phrase : PHRASES.keySet()) {
      PROBLEM_SYLLABLES.addAll(List.of(phrase.split(" ")));
    }
  }

  private ProblemTopics() {}

  private static void topic(List<String> names, String name, String... phrases) {
    int bit = names.size();
    names.add(name);
    for (String p : phrases) {
      PHRASES.put(p, bit);
    }
  }

  /** The topics named by {@code syllables} (folded, lower case), as a bit set over {@link #NAMES}. */
  public static long of(List<String> syllables) {
    long topics = 0;
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      phrase.setLength(0);
      if (isAftermath(syllables, i)) {
        continue;
      }
      for (int n = 0; n < MAX_PHRASE && i + n < syllables.size(); n++) {
        if (n > 0) {
          phrase.append(' ');
        }
        phrase.append(syllables.get(i + n));
        Integer bit = PHRASES.get(phrase.toString());
        if (bit != null) {
          topics |= 1L << bit;
        }
      }
    }
    return topics;
  }

  /**
   * Whether the phrase at {@code i} names the past event a report refers to, not its problem: "sau đợt ngập,
   * mặt đường bị ổ gà" is about the pothole.
   */
  private static boolean isAftermath(List<String> syllables, int i) {
    return (i >= 1 && syllables.get(i - 1).equals("sau"))
        || (i >= 2 && syllables.get(i - 2).equals("sau") && AFTERMATH.contains(syllables.get(i - 1)));
  }

  /** Topics of raw text: folded, lower-cased and split on anything but letters and digits. */
  public static long ofText(String text) {
    return of(Syllables.folded(text));
  }


  /** Whether a folded syllable starts or ends a problem phrase ("ngap", "mat", "dien"): not a place name. */
  static boolean isProblemWord(String syllable) {
    return PROBLEM_SYLLABLES.contains(syllable);
  }

  /** Names of the topics in a bit set. */
  public static List<String> names(long topics) {
    List<String> out = new ArrayList<>();
    for (int bit = 0; bit < NAMES.size(); bit++) {
      if ((topics & (1L << bit)) != 0) {
        out.add(NAMES.get(bit));
      }
    }
    return out;
  }
}
