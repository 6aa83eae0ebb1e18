package vn.pakn.search.eval;

import java.util.List;

/**
 * The words {@link ReportGenerator} writes with: problem types with several phrasings each, street and
 * ward names, openers and closers. Slots in a phrasing: {@code {p}} the place, {@code {w}} the ward,
 * {@code {n}} the event's house number, {@code {c}} the event's file code, {@code {h}} a small number
 * that varies per report, {@code {t}} a time phrase.
 */
final class ReportVocabulary {

  /**
   * A kind of problem.
   *
   * @param category   category label
   * @param unit       responsible unit, or {@code null} for the ward/commune people's committee
   * @param hours      typical time over which one event keeps being reported
   * @param phrasings  report texts with slots
   * @param titles     portal subject lines with slots
   */
  record Problem(String category, String unit, double hours, List<String> phrasings, List<String> titles) {
  }

  static final List<Problem> PROBLEMS = List.of(
      new Problem("Thoát nước, ngập úng", "Công ty Thoát nước và Xử lý nước thải", 10, List.of(
          "Đường {p} ngập sâu, nước lên tới nửa bánh xe, đề nghị khơi thông cống",
          "{p} ngập quá, xe chết máy hàng loạt",
          "Nhà tôi ở {p}, nước tràn vào nhà khoảng {h}0 phân, cống không thoát kịp",
          "Mưa lớn {t}, khu vực {p} ngập nặng, đề nghị cử người hỗ trợ",
          "Báo ngập tại {p}, {w}, nước sâu khoảng {h}0cm",
          "Hố ga ở {p} bị rác bịt kín nên ngập cả đoạn dài",
          "ngập ở {p} chưa rút, bà con phải tát nước",
          "Nước cống trào ngược ở {p}, mùi hôi, ngập vào nhà",
          "Cần cắm biển cảnh báo ngập sâu tại {p}, có miệng cống bị hút nước"),
          List.of("Ngập úng tại {p}", "Cống thoát nước bị tắc", "Ngập sâu sau mưa")),
      new Problem("Điện", "Công ty Điện lực", 20, List.of(
          "Mất điện ở {p} {t}, đến giờ vẫn chưa có",
          "Khu vực {p} mất điện toàn bộ, không có thông báo trước",
          "Cúp điện {p}, nhà có người già và trẻ nhỏ, đề nghị khôi phục sớm",
          "Dây điện đứt ở {p}, cả khu mất điện, rất nguy hiểm",
          "Bao giờ có điện lại ở {p} vậy, mất điện {h} tiếng rồi",
          "Trạm biến áp gần {p} nổ, mất điện cả khu",
          "Điện chập chờn rồi mất hẳn tại {p}",
          "{w} mất điện diện rộng, khu {p} chưa có điện"),
          List.of("Mất điện kéo dài", "Mất điện không báo trước", "Sự cố điện tại {p}")),
      new Problem("Cấp nước", "Công ty Cấp nước", 30, List.of(
          "Mất nước sinh hoạt ở {p} {t}, không có thông báo",
          "Vỡ ống nước ở {p}, nước phun lên mặt đường, khu này mất nước",
          "Khu {p} không có nước {h} ngày, đề nghị cấp nước bằng xe bồn",
          "Nước máy ở {p} rất yếu, tầng 2 không lên được nước",
          "Cúp nước cả ngày ở {p}, bao giờ có nước lại",
          "Gia đình tôi ở {p} mất nước, con nhỏ không có nước tắm"),
          List.of("Mất nước sinh hoạt", "Vỡ đường ống cấp nước")),
      new Problem("Vệ sinh môi trường", "Công ty Môi trường đô thị", 48, List.of(
          "Rác ở {p} {h} ngày chưa ai thu gom, bốc mùi hôi thối",
          "Điểm tập kết rác tại {p} tràn ra lòng đường",
          "Xe rác không vào {p}, rác ùn ứ",
          "Đề nghị thu gom rác tồn đọng ở {p}, ruồi nhặng nhiều",
          "Rác ở {p} bị chó mèo bới tung ra đường"),
          List.of("Rác thải tồn đọng", "Rác không được thu gom")),
      new Problem("Tiếng ồn", null, 24 * 7, List.of(
          "Nhà số {n} {p} hát karaoke đến khuya, không ngủ được",
          "Loa kẹo kéo ở {p} mở quá to từ chiều đến nửa đêm",
          "Karaoke ồn ào ở {p}, đề nghị công an phường xử lý",
          "Tiếng hát karaoke tại số {n} {p} làm con tôi không học bài được",
          "Lại hát karaoke tới 12h đêm ở {p}"),
          List.of("Tiếng ồn karaoke", "Hát karaoke gây ồn ban đêm")),
      new Problem("Trật tự xây dựng", null, 24 * 10, List.of(
          "Nhà số {n} {p} xây dựng không phép, lấn sang ranh nhà bên",
          "Công trình ở số {n} {p} xây vượt tầng, đề nghị {w} kiểm tra",
          "Công trình tại {p} không che chắn, vật liệu rơi xuống đường",
          "Hộ dân số {n} {p} xây lấn lối đi chung"),
          List.of("Xây dựng sai phép", "Công trình không phép")),
      new Problem("Chiếu sáng công cộng", "Công ty Chiếu sáng đô thị", 24 * 5, List.of(
          "Đèn đường ở {p} hỏng cả tuần, tối om",
          "Đèn chiếu sáng trên {p} không sáng, rất nguy hiểm",
          "Cột đèn ở {p} chập chờn lúc sáng lúc tắt",
          "Đề nghị sửa đèn đường {p}, tối qua có vụ cướp giật"),
          List.of("Đèn chiếu sáng hỏng")),
      new Problem("Hạ tầng giao thông", "Sở Xây dựng", 24 * 4, List.of(
          "Mặt đường {p} có hố sâu, đã có người té xe",
          "Ổ gà lớn trên {p}, đi ban đêm rất nguy hiểm",
          "Đường {p} sụt lún, hố ngày càng rộng",
          "Đề nghị vá đường ở {p} trước khi xảy ra tai nạn"),
          List.of("Hố sâu trên đường", "Đường hư hỏng")),
      new Problem("Cây xanh", "Công ty Công viên cây xanh", 12, List.of(
          "Cây lớn ở {p} bật gốc, đổ chắn ngang đường",
          "Cây đổ trên {p} đè lên dây điện",
          "Nhánh cây gãy rơi xuống {p}, cần dọn gấp",
          "Cây ở {p} nghiêng sắp đổ, đề nghị cắt tỉa"),
          List.of("Cây đổ chắn đường")),
      new Problem("An toàn giao thông, trật tự", "Công an thành phố", 24 * 5, List.of(
          "Ô tô đậu tràn lan trên {p} gây kẹt xe",
          "Xe đậu chắn lối vào nhà dân ở {p}",
          "Xe tải đỗ qua đêm trên {p}, che khuất tầm nhìn",
          "Thanh niên đua xe, nẹt pô trên {p} lúc nửa đêm"),
          List.of("Đậu xe sai quy định")),
      new Problem("Trật tự đô thị, vỉa hè", null, 24 * 7, List.of(
          "Vỉa hè {p} bị hàng quán lấn chiếm, người đi bộ phải xuống lòng đường",
          "Quán ăn ở {p} bày bàn ghế kín vỉa hè",
          "Trông giữ xe trái phép trên vỉa hè {p}"),
          List.of("Lấn chiếm vỉa hè")),
      new Problem("An toàn thực phẩm", "Sở Y tế", 24 * 2, List.of(
          "Ăn ở quán gần {p} xong cả nhà bị đau bụng",
          "Cơ sở chế biến thực phẩm ở số {n} {p} mất vệ sinh",
          "Nghi ngộ độc thực phẩm sau bữa trưa ở {p}, nhiều người nhập viện"),
          List.of("Nghi ngộ độc thực phẩm")),
      new Problem("Ô nhiễm môi trường", "Sở Nông nghiệp và Môi trường", 24 * 7, List.of(
          "Mùi hôi thối từ xưởng ở {p} bay vào nhà dân",
          "Khói đen từ cơ sở sản xuất ở {p}, người dân bị ho",
          "Nước thải chảy ra mương ở {p}, bốc mùi",
          "Đốt rác ở {p} khói mù mịt"),
          List.of("Ô nhiễm môi trường")),
      new Problem("Thủ tục hành chính", "Trung tâm Phục vụ hành chính công", 24 * 20, List.of(
          "Hồ sơ {c} của tôi nộp ở {w} đã quá hạn {h} ngày chưa có kết quả",
          "Thủ tục cấp giấy chứng nhận quyền sử dụng đất bị trễ hẹn, mã hồ sơ {c}",
          "Hỏi lại hồ sơ {c}, trễ hẹn mà không ai giải thích"),
          List.of("Hồ sơ trễ hẹn {c}")));

  static final List<String> STREETS = List.of("Trần Phú", "Lê Lợi", "Bạch Đằng", "Phan Châu Trinh", "Hùng Vương",
      "Nguyễn Chí Thanh", "Lê Duẩn", "Hoàng Diệu", "Ông Ích Khiêm", "Hàm Nghi", "Trưng Nữ Vương", "Nguyễn Văn Linh",
      "Núi Thành", "Lê Văn Hiến", "Mai Đăng Chơn", "Nguyễn Duy Trinh", "Điện Biên Phủ", "Hà Huy Tập", "Lý Thái Tông",
      "Âu Cơ", "Nguyễn Lương Bằng", "Tô Hiệu", "Ngô Quyền", "Võ Văn Kiệt", "Hồ Nghinh", "Phạm Văn Đồng",
      "Tôn Đức Thắng", "Nguyễn Văn Cừ", "Lê Thánh Tông", "Nguyễn Trãi", "Quang Trung", "Lý Thường Kiệt",
      "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyễn Huệ", "Lê Hồng Phong", "Phan Đình Phùng", "Nguyễn Du", "Bà Triệu",
      "Hoàng Văn Thụ", "Nguyễn Thị Minh Khai", "Cách Mạng Tháng Tám", "Võ Thị Sáu", "Nguyễn Đình Chiểu",
      "Trần Quốc Toản", "Lý Tự Trọng", "Nguyễn Công Trứ", "Phan Bội Châu", "Huỳnh Thúc Kháng", "Lê Quý Đôn",
      "Chu Văn An", "Nguyễn Khuyến", "Tôn Thất Thuyết", "Đinh Tiên Hoàng", "Lê Đại Hành", "Trần Nhân Tông",
      "Ngô Gia Tự", "Hoàng Hoa Thám", "Phạm Ngũ Lão", "Nguyễn Thái Học", "Trần Cao Vân", "Thái Thị Bôi",
      "Lạc Long Quân", "Kim Đồng", "Võ Nguyên Giáp", "Trường Chinh", "Nguyễn Tri Phương", "Trần Bình Trọng",
      "Nguyễn Hữu Thọ", "Xô Viết Nghệ Tĩnh", "Nguyễn Sinh Sắc", "Tăng Bạt Hổ", "Hoàng Quốc Việt", "Phạm Hùng",
      "Lê Trọng Tấn", "Nguyễn Xiển", "Giải Phóng", "Minh Khai", "Bạch Mai", "Kim Mã", "Đội Cấn", "Tây Sơn",
      "Thái Hà", "Chùa Bộc", "Xuân Thủy", "Trần Duy Hưng", "Nguyễn Phong Sắc", "Lê Văn Sỹ", "Cao Thắng",
      "Nguyễn Oanh", "Lê Văn Việt", "Đỗ Xuân Hợp", "Nguyễn Ảnh Thủ", "Tỉnh lộ 10", "Quốc lộ 1A", "Đường tỉnh 605",
      "Hương lộ 2", "An Dương Vương", "Mạc Đĩnh Chi", "Bùi Thị Xuân");

  static final List<String> WARD_PARTS = List.of("An", "Bình", "Hòa", "Tân", "Phú", "Long", "Thạnh", "Mỹ", "Vĩnh",
      "Phước", "Đông", "Tây", "Hưng", "Thuận", "Thịnh", "Xuân", "Hải", "Sơn", "Lộc", "Quang", "Trung", "Nghĩa",
      "Khánh", "Hiệp", "Thành", "Minh", "Định", "Lợi", "Giang", "Ninh");

  static final List<String> TIMES = List.of("từ sáng nay", "từ tối qua", "từ 2 giờ chiều", "từ đêm qua",
      "mấy hôm nay", "từ 5h sáng", "cả ngày hôm nay", "từ chiều");

  static final List<String> OPENERS = List.of("Alo tổng đài, ", "Kính gửi đường dây nóng, ", "Cho tôi phản ánh: ",
      "Em chào anh chị, ", "Xin phản ánh: ", "Tôi là người dân ở đây, ");

  static final List<String> CLOSERS = List.of(" Đề nghị xử lý gấp.", " Xin cảm ơn.",
      " Mong các cơ quan chức năng sớm giải quyết.", " Người dân rất bức xúc.", " Đã báo nhiều lần rồi.");

  static final List<String[]> ABBREVIATIONS = List.of(new String[] {"không", "ko"}, new String[] {"được", "dc"},
      new String[] {"người", "ng"}, new String[] {"rồi", "r"}, new String[] {"quá", "wa"},
      new String[] {"đề nghị", "đn"}, new String[] {"với", "vs"}, new String[] {"trước", "trc"},
      new String[] {"đường", "đg"}, new String[] {"nhiều", "nhìu"});

  private ReportVocabulary() {
  }
}
