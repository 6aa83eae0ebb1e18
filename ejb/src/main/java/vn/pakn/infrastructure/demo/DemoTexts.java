package vn.pakn.infrastructure.demo;

import static vn.pakn.infrastructure.demo.DemoCatalogue.*;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words of the demo reports: per category a few problems, each with a title and several wordings
 * (placeholders {@code {dc}} address, {@code {pb}} ward or commune, {@code {tg}} since when), the units'
 * answers, the questions they ask back, and the reports that are not PAKN at all (khiếu nại, tố cáo, spam).
 * Streets and villages are common Vietnamese names or invented; no text names a real person.
 */
public final class DemoTexts {

    /** One problem of a category: a title and several ways citizens describe it. */
    public record Problem(String title, List<String> wordings) {
    }

    /** A report that is not PAKN and where the dispatcher sends the citizen. */
    public record Redirect(String title, String wording, String reason, String redirectTo) {
    }

    static final List<String> SINCE = List.of("từ sáng nay", "từ tối qua", "đã hai ngày nay", "khoảng một tuần nay",
            "từ đầu tuần", "mấy hôm nay", "từ chiều hôm qua", "đã gần một tháng");

    private static final Map<String, List<Problem>> PROBLEMS = Map.ofEntries(
            Map.entry(WATER_SUPPLY, List.of(
                    new Problem("Mất nước sinh hoạt kéo dài tại {dc}", List.of(
                            "Khu vực {dc}, {pb} bị mất nước {tg}, không có thông báo trước. Nhiều hộ có người già, trẻ nhỏ rất vất vả, đề nghị Công ty Cấp nước kiểm tra và cấp nước trở lại sớm.",
                            "Nhà tôi ở {dc} mất nước {tg}. Gọi tổng đài công ty cấp nước nhưng không ai nghe máy. Đề nghị cho xe chở nước đến hỗ trợ bà con.",
                            "Cả ngõ chúng tôi ({dc}) không có nước {tg}, vòi chỉ chảy nhỏ giọt vào ban đêm. Đề nghị kiểm tra áp lực đường ống.")),
                    new Problem("Vỡ đường ống cấp nước trước {dc}", List.of(
                            "Đường ống nước bị vỡ trước {dc}, nước chảy tràn ra đường {tg}, gây lãng phí và trơn trượt nguy hiểm cho người đi xe máy.",
                            "Tại {dc} ({pb}) ống cấp nước bị bục, nước phun lên mặt đường. Đề nghị đơn vị cấp nước khẩn trương xử lý.")),
                    new Problem("Nước sinh hoạt có màu đục, mùi lạ tại {dc}", List.of(
                            "Nước máy ở {dc} có màu vàng đục và mùi clo rất nặng {tg}. Gia đình không dám dùng để nấu ăn. Đề nghị kiểm tra chất lượng nước.",
                            "Nguồn nước tại {dc}, {pb} có cặn bẩn, để lắng thấy lớp bùn dưới đáy xô. Đề nghị lấy mẫu kiểm tra.")))),
            Map.entry(ELECTRICITY, List.of(
                    new Problem("Mất điện không báo trước tại {dc}", List.of(
                            "Khu dân cư {dc} bị mất điện {tg} mà không có thông báo cắt điện. Trời nắng nóng, đề nghị Điện lực kiểm tra và cấp điện trở lại.",
                            "Nhà tôi ở {dc} mất điện liên tục, mỗi ngày 3-4 lần, làm hỏng tủ lạnh. Đề nghị kiểm tra trạm biến áp khu vực {pb}.")),
                    new Problem("Dây điện võng thấp, nguy hiểm tại {dc}", List.of(
                            "Dây điện trước {dc} bị võng xuống rất thấp, xe tải đi qua có thể vướng. Đề nghị Điện lực căng lại dây để đảm bảo an toàn.",
                            "Tại {dc} có cột điện bị nghiêng, dây điện chằng chịt, {tg} có hiện tượng chập cháy tóe lửa khi mưa.")))),
            Map.entry(FLOODING, List.of(
                    new Problem("Ngập úng sau mưa tại {dc}", List.of(
                            "Chỉ mưa khoảng 30 phút là khu vực {dc} ngập sâu 40-50 cm, nước rút rất chậm, xe máy chết máy hàng loạt. Đề nghị nạo vét cống thoát nước.",
                            "Đường trước {dc}, {pb} ngập nặng sau cơn mưa {tg}, nước tràn vào nhà dân. Đề nghị cơ quan chức năng có giải pháp chống ngập.",
                            "Mưa lớn làm ngập toàn bộ tuyến đường qua {dc}. Rác làm tắc miệng cống nên nước không thoát được.")),
                    new Problem("Hố ga mất nắp nguy hiểm tại {dc}", List.of(
                            "Hố ga trước {dc} bị mất nắp {tg}, người dân phải cắm cành cây cảnh báo. Ban đêm rất nguy hiểm, đề nghị khẩn trương lắp nắp mới.",
                            "Nắp cống tại {dc} bị vỡ, đã có người đi xe máy bị sụp bánh. Đề nghị thay thế ngay.")))),
            Map.entry(FALLEN_TREES, List.of(
                    new Problem("Cây xanh gãy đổ chắn đường tại {dc}", List.of(
                            "Sau trận gió lớn tối qua, một cây bàng lớn trước {dc} bị bật gốc, đổ chắn ngang đường, đè lên dây điện. Đề nghị xử lý khẩn cấp.",
                            "Cây xà cừ tại {dc}, {pb} bị gãy cành lớn rơi xuống vỉa hè, may chưa có người bị thương. Đề nghị dọn dẹp và kiểm tra các cây còn lại.")),
                    new Problem("Cây xanh nghiêng, có nguy cơ đổ tại {dc}", List.of(
                            "Cây phượng trước {dc} bị nghiêng hẳn về phía nhà dân, gốc mục rỗng. Mùa mưa bão sắp tới rất lo ngại, đề nghị cắt tỉa hoặc chặt hạ.",
                            "Nhiều cành khô trên cây sao đen ở {dc} có thể rơi bất cứ lúc nào, ngay cạnh trường học. Đề nghị cắt tỉa sớm.")))),
            Map.entry(PUBLIC_ORDER, List.of(
                    new Problem("Thanh niên tụ tập đua xe, gây rối tại {dc}", List.of(
                            "Khoảng 23h đến 2h sáng, nhiều thanh niên tụ tập đua xe, rú ga, lạng lách trên tuyến đường qua {dc}. Người dân không ngủ được, đề nghị công an xử lý.",
                            "Tại khu vực {dc} ({pb}) thường xuyên có nhóm thanh niên tụ tập uống rượu, gây gổ đánh nhau {tg}. Đề nghị tăng cường tuần tra.")),
                    new Problem("Trộm cắp tài sản tại {dc}", List.of(
                            "Khu vực {dc} {tg} liên tục xảy ra trộm xe máy, trộm đồ trước cửa nhà. Camera đã ghi được hình ảnh, đề nghị công an vào cuộc.",
                            "Nhà tôi ở {dc} bị kẻ gian cắt khóa lấy trộm xe đạp điện. Xin đề nghị tăng cường an ninh khu vực {pb}.")))),
            Map.entry(STREET_LIGHTING, List.of(
                    new Problem("Đèn đường không sáng tại {dc}", List.of(
                            "Cả dãy đèn chiếu sáng trên tuyến đường qua {dc} không sáng {tg}, buổi tối rất tối, người dân đi lại khó khăn và lo ngại mất an ninh.",
                            "Hai cột đèn trước {dc}, {pb} bị hỏng {tg}. Đề nghị thay bóng đèn.")),
                    new Problem("Đèn đường sáng cả ban ngày tại {dc}", List.of(
                            "Hệ thống đèn đường ở {dc} bật sáng cả ban ngày {tg}, gây lãng phí điện. Đề nghị kiểm tra tủ điều khiển.")))),
            Map.entry(ROADS, List.of(
                    new Problem("Mặt đường xuống cấp, nhiều ổ gà tại {dc}", List.of(
                            "Đoạn đường qua {dc} xuất hiện nhiều ổ gà sâu, trời mưa đọng nước không nhìn thấy, đã có nhiều người ngã xe. Đề nghị sửa chữa.",
                            "Mặt đường tại {dc}, {pb} bị lún, bong tróc sau đợt thi công cáp ngầm {tg} nhưng chưa được hoàn trả. Đề nghị yêu cầu đơn vị thi công khắc phục.")),
                    new Problem("Đèn tín hiệu giao thông hỏng tại {dc}", List.of(
                            "Đèn tín hiệu tại ngã tư gần {dc} bị hỏng {tg}, chỉ nháy vàng, giờ cao điểm ùn tắc và rất dễ xảy ra tai nạn.",
                            "Biển báo giao thông tại {dc} bị đổ, cây che khuất biển cấm. Đề nghị kiểm tra lắp đặt lại.")))),
            Map.entry(SIDEWALK, List.of(
                    new Problem("Lấn chiếm vỉa hè kinh doanh tại {dc}", List.of(
                            "Các hộ kinh doanh tại {dc} bày hàng hóa, bàn ghế chiếm hết vỉa hè, người đi bộ phải xuống lòng đường. Đề nghị {pb} xử lý dứt điểm.",
                            "Quán ăn ở {dc} lấn chiếm vỉa hè và cả một phần lòng đường để kê bàn ghế {tg}, gây ùn tắc vào buổi tối.",
                            "Vỉa hè trước {dc} bị biến thành bãi trông giữ xe máy thu tiền, người đi bộ không có lối đi.")),
                    new Problem("Dựng lều bạt, mái che trái phép trên vỉa hè tại {dc}", List.of(
                            "Một hộ dân tại {dc} dựng mái tôn, lều bạt kiên cố trên vỉa hè để buôn bán {tg}. Đề nghị chính quyền {pb} kiểm tra, tháo dỡ.")))),
            Map.entry(BUILDING, List.of(
                    new Problem("Xây dựng không phép tại {dc}", List.of(
                            "Công trình tại {dc}, {pb} đang xây dựng lên tầng 5 nhưng không treo biển cấp phép xây dựng. Đề nghị kiểm tra.",
                            "Hộ gia đình ở {dc} tự ý cơi nới, xây thêm tầng trên nhà cũ {tg}, có dấu hiệu không có giấy phép.")),
                    new Problem("Công trình xây dựng gây nứt nhà liền kề tại {dc}", List.of(
                            "Công trình đang đào móng tại {dc} làm nhà tôi ở liền kề bị nứt tường, lún nền. Chủ đầu tư không có biện pháp che chắn. Đề nghị đình chỉ thi công và kiểm tra.",
                            "Công trình xây dựng tại {dc} thi công cả ban đêm, vật liệu rơi vãi ra đường, bụi bẩn. Đề nghị {pb} kiểm tra xử lý.")))),
            Map.entry(WASTE, List.of(
                    new Problem("Rác thải tồn đọng nhiều ngày tại {dc}", List.of(
                            "Điểm tập kết rác tại {dc} không được thu gom {tg}, rác tràn ra lòng đường, bốc mùi hôi thối, ruồi muỗi nhiều.",
                            "Xe thu gom rác không đến {dc} {tg}, người dân phải để rác trước cửa nhà. Đề nghị Công ty Môi trường Đô thị kiểm tra.")),
                    new Problem("Đổ trộm phế thải xây dựng tại {dc}", List.of(
                            "Có người dùng xe ba gác đổ trộm phế thải xây dựng ra bãi đất trống gần {dc} vào ban đêm. Đề nghị dọn dẹp và xử lý người vi phạm.")))),
            Map.entry(POLLUTION, List.of(
                    new Problem("Tiếng ồn karaoke kéo dài đến khuya tại {dc}", List.of(
                            "Hộ gia đình tại {dc} hát karaoke với loa công suất lớn từ chiều đến 23h đêm, {tg} ngày nào cũng vậy. Đề nghị {pb} nhắc nhở, xử lý.",
                            "Quán karaoke ở {dc} hoạt động quá giờ, âm thanh rất to ảnh hưởng đến việc học của con em và sức khỏe người già.")),
                    new Problem("Cơ sở sản xuất gây ô nhiễm tại {dc}", List.of(
                            "Xưởng sản xuất gần {dc} xả khói đen và mùi hóa chất nồng nặc {tg}, nhiều người bị ho, khó thở. Đề nghị kiểm tra giấy phép môi trường.",
                            "Nước thải từ lò mổ tại {dc}, {pb} chảy thẳng ra mương thoát nước chung, bốc mùi hôi thối.")))),
            Map.entry(LAND, List.of(
                    new Problem("Lấn chiếm đất công tại {dc}", List.of(
                            "Một số hộ dân tại {dc} rào chắn, lấn chiếm phần đất công (đất hành lang mương thoát nước) để làm vườn và xây tường bao.",
                            "Bãi đất trống của {pb} gần {dc} bị một cá nhân tự ý san lấp, dựng nhà tạm. Đề nghị kiểm tra nguồn gốc đất.")),
                    new Problem("Chậm cấp giấy chứng nhận quyền sử dụng đất", List.of(
                            "Gia đình tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho thửa đất tại {dc} đã quá hạn hơn hai tháng mà chưa nhận được kết quả, cũng không được thông báo lý do.")))),
            Map.entry(HEALTH_FOOD, List.of(
                    new Problem("Phản ánh thái độ phục vụ tại cơ sở y tế", List.of(
                            "Ngày hôm qua tôi đưa mẹ đi khám tại trạm y tế {pb}, phải chờ gần 3 tiếng, nhân viên tiếp đón có thái độ cáu gắt. Đề nghị chấn chỉnh.",
                            "Bệnh viện thành phố thu thêm tiền ngoài hóa đơn khi làm thủ tục nhập viện. Đề nghị Sở Y tế kiểm tra.")),
                    new Problem("Mất vệ sinh an toàn thực phẩm tại {dc}", List.of(
                            "Cơ sở bán bánh mì tại {dc} chế biến thực phẩm trong điều kiện mất vệ sinh, nguyên liệu để dưới đất, không rõ nguồn gốc.",
                            "Bếp ăn tập thể gần {dc} {tg} có nhiều công nhân bị đau bụng sau bữa trưa. Đề nghị kiểm tra an toàn thực phẩm.")))),
            Map.entry(EDUCATION_CAT, List.of(
                    new Problem("Phản ánh các khoản thu đầu năm học", List.of(
                            "Trường tiểu học trên địa bàn {pb} thu nhiều khoản ngoài quy định đầu năm học như quỹ lớp, tiền máy lạnh, tiền trang trí. Đề nghị Sở Giáo dục và Đào tạo kiểm tra.",
                            "Giáo viên chủ nhiệm vận động học sinh đi học thêm tại nhà, ai không đi thì bị đối xử khác. Đề nghị xem xét.")),
                    new Problem("Cơ sở vật chất trường học xuống cấp", List.of(
                            "Phòng học tại trường THCS gần {dc} bị dột, bong trần, quạt trần lung lay. Đề nghị sửa chữa trước mùa mưa bão.")))),
            Map.entry(TRADE, List.of(
                    new Problem("Cửa hàng bán hàng giả, không niêm yết giá tại {dc}", List.of(
                            "Cửa hàng tại {dc} bán mỹ phẩm, thực phẩm chức năng nghi là hàng giả, không có tem nhãn tiếng Việt, không niêm yết giá.",
                            "Cây xăng gần {dc} bơm thiếu, tôi đổ 50.000 đồng nhưng đồng hồ xe báo rất ít. Đề nghị kiểm tra cột bơm.")))),
            Map.entry(ADMIN_PROCEDURES, List.of(
                    new Problem("Giải quyết thủ tục hành chính chậm, quá hạn", List.of(
                            "Tôi nộp hồ sơ chứng thực tại Trung tâm phục vụ hành chính công {pb} từ hai tuần trước, đến hẹn vẫn chưa có kết quả và không có phiếu hẹn lại.",
                            "Hồ sơ đăng ký hộ kinh doanh nộp trên Cổng dịch vụ công bị trả về nhiều lần, mỗi lần yêu cầu bổ sung một giấy tờ khác nhau.")),
                    new Problem("Cổng dịch vụ công trực tuyến bị lỗi", List.of(
                            "{tg} tôi không nộp được hồ sơ trên Cổng dịch vụ công của thành phố, hệ thống báo lỗi khi tải tệp đính kèm. Đề nghị kiểm tra khắc phục.")))),
            Map.entry(LEGAL_DOCS, List.of(
                    new Problem("Hỏi về quy định cấp phép xây dựng nhà ở riêng lẻ", List.of(
                            "Tôi có mảnh đất tại {dc} muốn xây nhà 3 tầng. Xin hỏi theo quy định hiện hành có phải xin giấy phép xây dựng không, hồ sơ gồm những gì?",
                            "Đề nghị hướng dẫn quy định về khoảng lùi và mật độ xây dựng đối với nhà ở riêng lẻ trên địa bàn {pb} sau khi sắp xếp đơn vị hành chính.")),
                    new Problem("Hỏi về chính sách hỗ trợ sau sắp xếp đơn vị hành chính", List.of(
                            "Sau khi sáp nhập, địa chỉ trên căn cước và sổ đỏ của tôi ({dc}) có phải làm thủ tục thay đổi không? Có mất phí không?",
                            "Xin hỏi chế độ hỗ trợ đối với người hoạt động không chuyên trách ở thôn, tổ dân phố sau khi sắp xếp được quy định tại văn bản nào?")))),
            Map.entry(OTHER, List.of(
                    new Problem("Kiến nghị lắp đặt thêm gờ giảm tốc tại {dc}", List.of(
                            "Đoạn đường qua {dc} gần cổng trường mẫu giáo, xe cộ đi rất nhanh. Kiến nghị lắp gờ giảm tốc và biển báo khu vực trường học.",
                            "Kiến nghị bố trí thêm ghế đá, thùng rác công cộng tại công viên gần {dc}, {pb}.")))));

    private static final Map<String, List<String>> ANSWERS = Map.ofEntries(
            Map.entry(WATER_SUPPLY, List.of(
                    "Công ty đã cử tổ sửa chữa kiểm tra, xác định nguyên nhân do sự cố đường ống phân phối; đã khắc phục xong và cấp nước trở lại bình thường. Công ty xin lỗi khách hàng vì sự bất tiện.",
                    "Qua kiểm tra, áp lực nước khu vực giảm do đang thay thế van tổng. Công ty đã điều chỉnh lịch cấp nước và bố trí xe cấp nước hỗ trợ trong thời gian thi công.")),
            Map.entry(ELECTRICITY, List.of(
                    "Điện lực đã kiểm tra, nguyên nhân do quá tải trạm biến áp. Đã thay máy biến áp công suất lớn hơn, cấp điện ổn định trở lại.",
                    "Đơn vị đã căng lại dây, thay xà và dựng lại cột điện bị nghiêng, bảo đảm an toàn lưới điện.")),
            Map.entry(FLOODING, List.of(
                    "Đơn vị đã nạo vét tuyến cống, khơi thông các cửa thu nước; đồng thời đưa tuyến đường vào danh mục cải tạo hệ thống thoát nước năm tới.",
                    "Đã lắp đặt nắp hố ga mới bằng vật liệu composite và rào chắn tạm trong thời gian chờ bê tông đạt cường độ.")),
            Map.entry(FALLEN_TREES, List.of(
                    "Công ty đã cử đội ứng cứu cắt, dọn cây đổ, thông tuyến đường trong ngày; phối hợp Điện lực khôi phục đường dây.",
                    "Đơn vị đã kiểm tra, cắt tỉa tán và chặt hạ cây bị mục gốc, sẽ trồng thay thế bằng cây phù hợp.")),
            Map.entry(PUBLIC_ORDER, List.of(
                    "Công an đã tăng cường tuần tra vào khung giờ đêm, lập biên bản và xử phạt các trường hợp vi phạm, tiếp tục theo dõi địa bàn.",
                    "Công an đã tiếp nhận, xác minh và đang điều tra theo quy định; đề nghị người dân cung cấp thêm thông tin, hình ảnh nếu có.")),
            Map.entry(STREET_LIGHTING, List.of(
                    "Công ty đã thay thế bóng đèn hỏng và sửa chữa tủ điều khiển; hệ thống chiếu sáng đã hoạt động bình thường.")),
            Map.entry(ROADS, List.of(
                    "Phòng Quản lý kết cấu hạ tầng giao thông đã yêu cầu đơn vị duy tu vá ổ gà, hoàn trả mặt đường; tuyến đường đã được khắc phục.",
                    "Đã sửa chữa đèn tín hiệu và lắp lại biển báo; phối hợp Cảnh sát giao thông phân luồng trong thời gian sửa chữa.")),
            Map.entry(SIDEWALK, List.of(
                    "Ủy ban nhân dân phường đã ra quân lập lại trật tự vỉa hè, lập biên bản các hộ vi phạm, yêu cầu cam kết không tái phạm và sẽ kiểm tra định kỳ.",
                    "Tổ công tác trật tự đô thị đã tháo dỡ mái che, lều bạt lấn chiếm và xử phạt vi phạm hành chính theo quy định.")),
            Map.entry(BUILDING, List.of(
                    "Qua kiểm tra, công trình xây dựng sai nội dung giấy phép. Đã lập biên bản, đình chỉ thi công và yêu cầu chủ đầu tư tự khắc phục phần sai phép.",
                    "Đã yêu cầu chủ đầu tư dừng thi công, thực hiện biện pháp chống đỡ và phối hợp giám định thiệt hại để bồi thường cho hộ liền kề.")),
            Map.entry(WASTE, List.of(
                    "Công ty đã thu gom dứt điểm rác tồn đọng, điều chỉnh lịch thu gom tại khu vực và bố trí thêm thùng rác.",
                    "Đã dọn sạch phế thải và phối hợp chính quyền địa phương lắp camera giám sát điểm đổ trộm.")),
            Map.entry(POLLUTION, List.of(
                    "Ủy ban nhân dân phường đã mời hộ gia đình lên làm việc, nhắc nhở và yêu cầu cam kết không gây ồn sau 22 giờ; trường hợp tái phạm sẽ xử phạt theo quy định.",
                    "Đoàn kiểm tra đã lấy mẫu khí thải, nước thải; cơ sở vi phạm quy chuẩn và đã bị xử phạt, yêu cầu khắc phục trong 30 ngày.")),
            Map.entry(LAND, List.of(
                    "Qua kiểm tra hiện trạng, đã yêu cầu các hộ tháo dỡ rào chắn, trả lại phần đất công; ủy ban sẽ tiếp tục giám sát.",
                    "Hồ sơ của công dân đã được giải quyết và trả kết quả; cơ quan xin lỗi vì chậm trễ do phải xác minh nguồn gốc đất.")),
            Map.entry(HEALTH_FOOD, List.of(
                    "Sở Y tế đã chỉ đạo cơ sở kiểm điểm nhân viên, chấn chỉnh quy trình tiếp đón và bố trí thêm bàn khám vào giờ cao điểm.",
                    "Đoàn kiểm tra liên ngành đã kiểm tra, xử phạt cơ sở vi phạm điều kiện an toàn thực phẩm và tạm đình chỉ hoạt động.")),
            Map.entry(EDUCATION_CAT, List.of(
                    "Sở Giáo dục và Đào tạo đã yêu cầu nhà trường hoàn trả các khoản thu sai quy định và công khai các khoản thu theo hướng dẫn.")),
            Map.entry(TRADE, List.of(
                    "Lực lượng quản lý thị trường đã kiểm tra, tạm giữ hàng hóa không rõ nguồn gốc và xử phạt cơ sở vi phạm.")),
            Map.entry(ADMIN_PROCEDURES, List.of(
                    "Văn phòng UBND thành phố đã làm việc với cơ quan giải quyết; hồ sơ đã được trả kết quả, cán bộ liên quan đã được nhắc nhở.",
                    "Lỗi tải tệp đính kèm trên Cổng dịch vụ công đã được khắc phục; công dân có thể nộp lại hồ sơ bình thường.")),
            Map.entry(LEGAL_DOCS, List.of(
                    "Theo quy định của Luật Xây dựng và các văn bản hướng dẫn, nhà ở riêng lẻ tại khu vực đô thị phải có giấy phép xây dựng, trừ các trường hợp được miễn; hồ sơ gồm đơn đề nghị, giấy tờ về quyền sử dụng đất và bản vẽ thiết kế.",
                    "Việc thay đổi địa chỉ do sắp xếp đơn vị hành chính không bắt buộc phải làm lại giấy tờ; khi công dân có nhu cầu điều chỉnh thì không phải nộp phí, lệ phí.")),
            Map.entry(OTHER, List.of(
                    "Ủy ban nhân dân thành phố ghi nhận kiến nghị và đã giao đơn vị chuyên môn khảo sát, đưa vào kế hoạch thực hiện.")));

    static final List<Redirect> REDIRECTS = List.of(
            new Redirect("Khiếu nại quyết định thu hồi đất",
                    "Tôi không đồng ý với quyết định thu hồi đất và phương án bồi thường đối với gia đình tôi tại {dc}. Đề nghị xem xét lại quyết định.",
                    "Nội dung là khiếu nại quyết định hành chính, giải quyết theo Luật Khiếu nại, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị.",
                    "Ủy ban nhân dân thành phố Hải Long (nơi ban hành quyết định) – Ban Tiếp công dân thành phố, số 3 đường Trần Hưng Đạo, phường Hải Long"),
            new Redirect("Khiếu nại quyết định xử phạt vi phạm hành chính",
                    "Tôi bị xử phạt vi phạm hành chính về trật tự xây dựng nhưng cho rằng quyết định không đúng. Xin khiếu nại quyết định này.",
                    "Khiếu nại quyết định xử phạt: công dân gửi đơn khiếu nại đến người đã ra quyết định theo Luật Khiếu nại.",
                    "Chủ tịch Ủy ban nhân dân phường nơi ra quyết định xử phạt – bộ phận tiếp công dân của phường"),
            new Redirect("Tố cáo cán bộ nhũng nhiễu khi giải quyết hồ sơ",
                    "Tôi tố cáo một cán bộ địa chính gợi ý đưa tiền để hồ sơ được giải quyết nhanh khi tôi làm thủ tục tại {pb}.",
                    "Nội dung là tố cáo hành vi vi phạm của cán bộ, giải quyết theo Luật Tố cáo; cần gửi đơn có họ tên, chữ ký của người tố cáo.",
                    "Thanh tra thành phố Hải Long – số 10 đường Lê Lợi, phường Hải Long (hoặc người đứng đầu cơ quan quản lý cán bộ)"),
            new Redirect("Tranh chấp hợp đồng mua bán căn hộ với chủ đầu tư",
                    "Chủ đầu tư dự án chung cư chậm bàn giao căn hộ hơn một năm, không chịu trả tiền phạt theo hợp đồng. Đề nghị can thiệp.",
                    "Tranh chấp dân sự theo hợp đồng giữa các bên, thuộc thẩm quyền giải quyết của Tòa án hoặc trọng tài thương mại.",
                    "Tòa án nhân dân khu vực nơi có bất động sản, hoặc tổ chức trọng tài thương mại theo thỏa thuận trong hợp đồng"),
            new Redirect("Tố cáo hành vi lừa đảo chiếm đoạt tài sản qua mạng",
                    "Tôi bị một đối tượng giả danh nhân viên ngân hàng gọi điện lừa chuyển khoản 20 triệu đồng. Xin được giúp đỡ.",
                    "Tố giác tội phạm phải được trình báo trực tiếp tới cơ quan điều tra để tiếp nhận, xác minh theo Bộ luật Tố tụng hình sự.",
                    "Cơ quan Cảnh sát điều tra Công an thành phố Hải Long hoặc Công an phường nơi cư trú (trình báo trực tiếp, mang theo chứng cứ)"));

    static final List<String> SPAM = List.of(
            "Nhận làm bằng đại học, chứng chỉ tiếng Anh giá rẻ, liên hệ Zalo.",
            "asdfgh 123 test thử",
            "Khuyến mãi nạp thẻ điện thoại tặng 50%, bấm vào đường dẫn để nhận quà.",
            "alo alo",
            "Vay tiền nhanh không cần thế chấp, giải ngân trong 5 phút.");

    static final List<String> SPAM_REASONS = List.of(
            "Nội dung quảng cáo, không phải phản ánh, kiến nghị.",
            "Không có nội dung phản ánh cụ thể.",
            "Thư rác có đường dẫn lừa đảo.");

    static final List<String> INFO_QUESTIONS = List.of(
            "Đề nghị công dân cung cấp địa chỉ cụ thể (số nhà, ngõ) và hình ảnh hiện trường.",
            "Đề nghị cung cấp mã khách hàng (số danh bạ) ghi trên hóa đơn để kiểm tra.",
            "Đề nghị cho biết khung giờ thường xảy ra sự việc để bố trí lực lượng kiểm tra.",
            "Đề nghị cung cấp số hồ sơ, ngày nộp hồ sơ và phiếu hẹn trả kết quả.");

    static final List<String> INFO_REPLIES = List.of(
            "Công dân đã bổ sung địa chỉ cụ thể và 3 ảnh chụp hiện trường.",
            "Công dân đã cung cấp mã khách hàng qua tổng đài.",
            "Công dân cho biết sự việc thường diễn ra từ 22h đến 1h sáng.",
            "Công dân đã gửi bản chụp phiếu hẹn qua thư điện tử.");

    static final List<String> EXTENSION_REASONS = List.of(
            "Cần phối hợp nhiều đơn vị kiểm tra hiện trường và chờ kết quả giám định.",
            "Phải chờ kế hoạch cắt điện, cắt nước để thi công khắc phục.",
            "Nội dung phức tạp, cần xác minh nguồn gốc hồ sơ lưu trữ.");

    static final List<String> RETURN_REASONS = List.of(
            "Tuyến đường thuộc phạm vi quản lý của đơn vị khác, đề nghị chuyển lại.",
            "Nội dung không thuộc thẩm quyền của đơn vị.",
            "Địa điểm thuộc địa bàn phường khác.");

    static final List<String> REWORK_NOTES = List.of(
            "Kết quả trả lời chưa nêu rõ thời gian khắc phục, đề nghị bổ sung.",
            "Cần nêu căn cứ pháp lý và biện pháp xử lý cụ thể.");

    static final List<String> REOPEN_REASONS = List.of(
            "Sự việc vẫn tiếp diễn, chưa được khắc phục như trả lời.",
            "Đơn vị chỉ khắc phục tạm thời, sau vài ngày tình trạng lại như cũ.",
            "Câu trả lời chưa đúng trọng tâm nội dung tôi phản ánh.");

    static final List<String> RATING_COMMENTS = List.of(
            "Xử lý nhanh, cảm ơn các đơn vị.", "Đã khắc phục, rất hài lòng.", "Tạm được nhưng còn chậm.",
            "Chưa giải quyết triệt để.", "Trả lời chung chung, không hài lòng.", "Cán bộ nhiệt tình.");

    private DemoTexts() {
    }

    public static List<Problem> problems(String categoryCode) {
        return PROBLEMS.getOrDefault(categoryCode, PROBLEMS.get(OTHER));
    }

    public static List<String> answers(String categoryCode) {
        return ANSWERS.getOrDefault(categoryCode, ANSWERS.get(OTHER));
    }

    /** Every template, for the NFC check. */
    public static List<String> allTemplates() {
        var all = new java.util.ArrayList<String>();
        PROBLEMS.values().forEach(ps -> ps.forEach(p -> {
            all.add(p.title());
            all.addAll(p.wordings());
        }));
        ANSWERS.values().forEach(all::addAll);
        REDIRECTS.forEach(r -> all.addAll(List.of(r.title(), r.wording(), r.reason(), r.redirectTo())));
        List.of(SPAM, SPAM_REASONS, INFO_QUESTIONS, INFO_REPLIES, EXTENSION_REASONS, RETURN_REASONS, REWORK_NOTES,
                REOPEN_REASONS, RATING_COMMENTS, SINCE).forEach(all::addAll);
        return all;
    }

    /** Prepositions that the address itself may start with, so the template's own one must go. */
    private static final List<String> PLACE_PREPOSITIONS = List.of("trước ", "gần ");

    /**
     * Fills the placeholders of a template. When the address starts with a preposition ("trước nhà số 5",
     * "gần cổng trường") the template's preposition before it ("tại", "trước", "gần") is dropped.
     */
    public static String fill(String template, String address, String ward, String since) {
        String t = PLACE_PREPOSITIONS.stream().anyMatch(address::startsWith)
                ? template.replaceAll("(tại|trước|gần|ở) \\{dc\\}", "{dc}")
                : template;
        return t.replace("{dc}", address).replace("{pb}", ward).replace("{tg}", since);
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
