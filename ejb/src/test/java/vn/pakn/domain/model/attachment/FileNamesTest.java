package vn.pakn.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsVietnameseNamesInNfc() {
        String nfd = Normalizer.normalize("Ảnh ổ gà đường Láng.jpg", Normalizer.Form.NFD);

        assertThat(FileNames.safe(nfd, FileTypes.JPEG)).isEqualTo("Ảnh ổ gà đường Láng.jpg");
    }

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(FileNames.safe("C:\\fakepath\\bien-ban.pdf", FileTypes.PDF)).isEqualTo("bien-ban.pdf");
        assertThat(FileNames.safe("../../etc/passwd", FileTypes.PDF)).isEqualTo("passwd.pdf");
    }

    @Test
    void removesControlAndBidiOverrideCharacters() {
        assertThat(FileNames.safe("photo\u202Egpj.exe", FileTypes.JPEG)).isEqualTo("photogpj.exe");
        assertThat(FileNames.safe("a\r\nb\u0000.png", FileTypes.PNG)).isEqualTo("ab.png");
    }

    @Test
    void replacesCharactersWindowsRefusesAndTrimsDots() {
        assertThat(FileNames.safe("  ..báo cáo: \"quý 3\"?.docx. ", FileTypes.DOCX)).isEqualTo("báo cáo_ _quý 3__.docx");
    }

    @Test
    void prefixesWindowsDeviceNames() {
        assertThat(FileNames.safe("CON.pdf", FileTypes.PDF)).isEqualTo("_CON.pdf");
    }

    @Test
    void namesAnUnnamedFileAfterItsType() {
        assertThat(FileNames.safe(null, FileTypes.JPEG)).isEqualTo("tep-dinh-kem.jpg");
        assertThat(FileNames.safe("  ", FileTypes.UNKNOWN)).isEqualTo("tep-dinh-kem");
        assertThat(FileNames.safe("IMG_2041", FileTypes.HEIC)).isEqualTo("IMG_2041.heic");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String safe = FileNames.safe("đ".repeat(300) + ".pdf", FileTypes.PDF);

        assertThat(safe).hasSize(FileNames.MAX_LENGTH).endsWith("đđ.pdf");
    }
}
