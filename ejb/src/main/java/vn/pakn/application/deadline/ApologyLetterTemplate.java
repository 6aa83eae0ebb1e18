package vn.pakn.application.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Form 04 of Circular 01/2018/TT-VPCP ("Phiếu xin lỗi và hẹn lại ngày trả kết quả"), adapted to a PAKN case,
 * as a self-contained printable HTML page (UTF-8, A4, Times New Roman 13–14 pt as Decree 30/2020 sets
 * for administrative documents). Every value is HTML-escaped; dates are dd/MM/yyyy in Asia/Ho_Chi_Minh.
 */
public final class ApologyLetterTemplate {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * What the letter says.
     *
     * @param parentUnitNameVi the unit above the issuing unit (cơ quan chủ quản), or {@code null}
     * @param reporterName the citizen's name, or {@code null} when the caller may not see it
     * @param dueAt the due time that was missed (with any granted extension)
     */
    public record Content(String unitNameVi, String parentUnitNameVi, String place, LocalDate issuedOn, String reporterName,
                          String trackingCode, Instant receivedAt, Instant dueAt, String reason, LocalDate newAppointmentDate) {

        public Content {
            Objects.requireNonNull(unitNameVi, "unitNameVi");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(trackingCode, "trackingCode");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(newAppointmentDate, "newAppointmentDate");
        }
    }

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.4; color: #000; max-width: 165mm; margin: 0 auto; }
            table.heading, table.signature { width: 100%; border-collapse: collapse; }
            table.heading td, table.signature td { vertical-align: top; text-align: center; padding: 0; }
            .org { width: 40%; font-size: 13pt; }
            .nation { width: 60%; font-size: 13pt; }
            .bold { font-weight: bold; }
            .motto { font-weight: bold; font-size: 14pt; text-decoration: underline; text-underline-offset: 4px; }
            .rule { margin: 0 auto; width: 30%; border-top: 1px solid #000; height: 0; margin-top: 2px; }
            .place-date { font-style: italic; margin-top: 8px; }
            h1 { font-size: 14pt; text-align: center; margin: 24px 0 12px; }
            p { text-align: justify; text-indent: 1cm; margin: 6px 0; }
            p.to { text-align: center; text-indent: 0; }
            .recipients { width: 45%; text-align: left !important; font-size: 12pt; }
            .signer { width: 55%; }
            .signer .space { height: 28mm; }
            @media print { body { max-width: none; } }
            """;

    private ApologyLetterTemplate() {
    }

    public static String render(Content c) {
        String unit = escape(c.unitNameVi());
        String code = escape(VietnameseFormats.trackingCode(c.trackingCode()));
        String addressee = c.reporterName() == null || c.reporterName().isBlank()
                ? "Ông/Bà có phản ánh, kiến nghị mã hồ sơ " + code
                : "Ông/Bà " + escape(c.reporterName().strip());
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>Phiếu xin lỗi và hẹn lại ngày trả kết quả – ").append(code).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<table class=\"heading\"><tr>\n<td class=\"org\">");
        if (c.parentUnitNameVi() != null && !c.parentUnitNameVi().isBlank()) {
            html.append("<div>").append(escape(c.parentUnitNameVi().toUpperCase(VI))).append("</div>");
        }
        html.append("<div class=\"bold\">").append(escape(c.unitNameVi().toUpperCase(VI))).append("</div>")
                .append("<div class=\"rule\"></div>")
                .append("<div>Số: ......../PXL</div></td>\n")
                .append("<td class=\"nation\"><div class=\"bold\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
                .append("<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>")
                .append("<div class=\"place-date\">").append(escape(c.place())).append(", ngày ")
                .append(VietnameseFormats.date(c.issuedOn())).append("</div></td>\n</tr></table>\n");
        html.append("<h1>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>\n")
                .append("<p class=\"to\">Kính gửi: ").append(addressee).append("</p>\n");
        html.append("<p>Ngày ").append(VietnameseFormats.date(c.receivedAt())).append(", ").append(unit)
                .append(" tiếp nhận phản ánh, kiến nghị của Ông/Bà, mã hồ sơ: <b>").append(code).append("</b>.</p>\n")
                .append("<p>Thời hạn trả kết quả theo quy định: ngày ").append(VietnameseFormats.date(c.dueAt())).append(".</p>\n")
                .append("<p>Tuy nhiên đến nay, ").append(unit)
                .append(" chưa trả kết quả xử lý phản ánh, kiến nghị của Ông/Bà.</p>\n")
                .append("<p>Lý do: ").append(escape(c.reason().strip())).append("</p>\n")
                .append("<p>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ").append(unit)
                .append(" xin lỗi Ông/Bà và sẽ trả kết quả xử lý cho Ông/Bà vào ngày <b>")
                .append(VietnameseFormats.date(c.newAppointmentDate())).append("</b>.</p>\n")
                .append("<p>Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.</p>\n");
        html.append("<table class=\"signature\"><tr>\n")
                .append("<td class=\"recipients\"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>\n")
                .append("<td class=\"signer\"><div class=\"bold\">THỦ TRƯỞNG ĐƠN VỊ</div>")
                .append("<div><i>(Ký, ghi rõ họ tên, đóng dấu)</i></div><div class=\"space\"></div></td>\n")
                .append("</tr></table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
