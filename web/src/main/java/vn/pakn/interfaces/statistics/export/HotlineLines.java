package vn.pakn.interfaces.statistics.export;

import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.call.HotlineFigures;

/** The hotline KPIs of the period as (Vietnamese name, kind, value) lines, the same in the workbook and the PDF. */
final class HotlineLines {

    record Line(String name, DashboardColumns.Kind kind, Object value) {
    }

    private HotlineLines() {
    }

    static List<Line> of(HotlineFigures f) {
        var lines = new ArrayList<Line>();
        lines.add(new Line("Cuộc gọi vào hàng chờ", DashboardColumns.Kind.COUNT, f.offered()));
        lines.add(new Line("Cuộc gọi được trả lời", DashboardColumns.Kind.COUNT, f.answered()));
        lines.add(new Line("Tỷ lệ trả lời trong 20 giây", DashboardColumns.Kind.PERCENT, f.serviceLevel()));
        lines.add(new Line("Thời gian chờ trung bình (giây)", DashboardColumns.Kind.DECIMAL, f.averageSpeedOfAnswerSeconds()));
        lines.add(new Line("Thời gian đàm thoại trung bình (giây)", DashboardColumns.Kind.DECIMAL, f.averageHandleTimeSeconds()));
        lines.add(new Line("Cuộc gọi bỏ dở", DashboardColumns.Kind.COUNT, f.abandoned()));
        lines.add(new Line("Tỷ lệ bỏ dở", DashboardColumns.Kind.PERCENT, f.abandonRate()));
        lines.add(new Line("Gọi lại đã thực hiện", DashboardColumns.Kind.COUNT, f.callbacksMade()));
        lines.add(new Line("Gọi lại thành công", DashboardColumns.Kind.COUNT, f.callbacksCompleted()));
        lines.add(new Line("Tin nhắn thoại", DashboardColumns.Kind.COUNT, f.messages()));
        lines.add(new Line("Điểm khảo sát sau cuộc gọi (1–5)", DashboardColumns.Kind.DECIMAL, f.surveyScore()));
        lines.add(new Line("Số lượt khảo sát", DashboardColumns.Kind.COUNT, f.surveyResponses()));
        return lines;
    }
}
