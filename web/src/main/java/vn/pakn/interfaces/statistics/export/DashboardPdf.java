package vn.pakn.interfaces.statistics.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.application.statistics.StatisticsRow;

/**
 * The dashboard as a PDF (A4 landscape): the report header, then a section per table (unit, category, channel) with
 * the same columns as the workbook, and the hotline KPIs when present. The text is set in DejaVu Sans, embedded as a
 * subset: the PDF standard 14 fonts have no Vietnamese letters (ệ, ơ, ư …). Long labels wrap; a table that does not
 * fit goes on over the next page with its column headers repeated.
 */
public final class DashboardPdf {

    /** DejaVu Sans from the jasperreports-fonts jar (Bitstream Vera / DejaVu font licence). */
    static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 8;
    private static final float LEADING = 10;
    private static final float LABEL_WIDTH = 190;
    private static final float NOTE_WIDTH = 150;

    private DashboardPdf() {
    }

    public static void write(DashboardData data, OutputStream out) throws IOException {
        try (var doc = new PDDocument()) {
            var writer = new Writer(doc, load(doc, FONT), load(doc, BOLD_FONT));
            writer.line(DashboardColumns.title(), writer.bold, 13, MARGIN);
            writer.gap(4);
            writer.line(DashboardColumns.period(data.from(), data.to()), writer.regular, 10, MARGIN);
            writer.line(DashboardColumns.exportedAt(data.exportedAt()), writer.regular, 10, MARGIN);
            writer.line(DashboardColumns.scope(data.scopeUnitCode()), writer.regular, 10, MARGIN);
            for (StatisticsReport table : data.tables()) {
                writer.gap(10);
                writer.line(DashboardColumns.tableName(table.groupBy()), writer.bold, 11, MARGIN);
                writer.table(table);
            }
            if (data.hotline() != null) {
                writer.gap(10);
                writer.line("Tổng đài", writer.bold, 11, MARGIN);
                for (var line : HotlineLines.of(data.hotline())) {
                    writer.pair(line.name(), DashboardColumns.text(line.kind(), line.value()));
                }
            }
            writer.close();
            doc.save(out);
        }
    }

    private static PDFont load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = DashboardPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Lays out lines top to bottom, starting a new page when the next line does not fit. */
    private static final class Writer {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream content;
        float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void newPage() throws IOException {
            close();
            var page = new PDPage(PAGE);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        void gap(float points) {
            y -= points;
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void line(String text, PDFont font, float size, float x) throws IOException {
            ensure(size * 1.3f);
            y -= size * 1.3f;
            show(text, font, size, x, y);
        }

        void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(nfc(text));
            content.endText();
        }

        void pair(String name, String value) throws IOException {
            ensure(LEADING);
            y -= LEADING;
            show(name, regular, SIZE + 1, MARGIN, y);
            show(value, regular, SIZE + 1, MARGIN + 260 - width(value, regular, SIZE + 1), y);
        }

        void table(StatisticsReport table) throws IOException {
            float[] widths = widths();
            List<String> headers = new ArrayList<>();
            headers.add(DashboardColumns.groupHeader(table.groupBy()));
            DashboardColumns.FIGURES.forEach(c -> headers.add(c.header()));
            row(headers, widths, bold, true);
            List<StatisticsRow> rows = new ArrayList<>(table.rows());
            rows.add(table.total());
            for (int i = 0; i < rows.size(); i++) {
                StatisticsRow r = rows.get(i);
                List<String> cells = new ArrayList<>();
                cells.add(DashboardColumns.label(r));
                DashboardColumns.FIGURES.forEach(c -> cells.add(DashboardColumns.text(c.kind(), c.value().apply(r))));
                float height = height(cells, widths, regular);
                if (y - height < MARGIN) {
                    newPage();
                    row(headers, widths, bold, true);
                }
                row(cells, widths, i == rows.size() - 1 ? bold : regular, false);
            }
        }

        /** One table row: every cell wrapped to its column; numbers right-aligned; a rule under headers. */
        void row(List<String> cells, float[] widths, PDFont font, boolean header) throws IOException {
            float height = height(cells, widths, font);
            ensure(height);
            float x = MARGIN;
            int last = cells.size() - 1;
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = wrap(cells.get(c), font, widths[c] - 4);
                float baseline = y - LEADING + 2;
                for (String l : lines) {
                    boolean right = !header && c > 0 && c < last;
                    float lx = right ? x + widths[c] - 4 - width(l, font, SIZE) : x;
                    show(l, font, SIZE, lx, baseline);
                    baseline -= LEADING;
                }
                x += widths[c];
            }
            y -= height;
            if (header) {
                content.moveTo(MARGIN, y + 1);
                content.lineTo(x, y + 1);
                content.setLineWidth(0.5f);
                content.stroke();
            }
        }

        float height(List<String> cells, float[] widths, PDFont font) throws IOException {
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                lines = Math.max(lines, wrap(cells.get(c), font, widths[c] - 4).size());
            }
            return lines * LEADING + 2;
        }
    }

    private static float[] widths() {
        int figures = DashboardColumns.FIGURES.size();
        float[] w = new float[figures + 1];
        w[0] = LABEL_WIDTH;
        w[figures] = NOTE_WIDTH;
        float each = (PAGE.getWidth() - 2 * MARGIN - LABEL_WIDTH - NOTE_WIDTH) / (figures - 1);
        for (int i = 1; i < figures; i++) {
            w[i] = each;
        }
        return w;
    }

    /** Greedy word wrap; a word longer than the width is cut. */
    static List<String> wrap(String text, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : nfc(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, SIZE) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(nfc(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Composed form: the font has a glyph for "ệ", and PDFBox does not position combining marks. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
