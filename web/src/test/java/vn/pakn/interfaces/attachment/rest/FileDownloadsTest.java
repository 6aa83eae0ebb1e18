package vn.pakn.interfaces.attachment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names on the way in (multipart) and on the way out (Content-Disposition). */
class FileDownloadsTest {

    @Test
    void sendsTheUtf8NameAsRfc5987AndAnAsciiFallback() {
        assertThat(FileDownloads.contentDisposition("Biên bản đo đạc (1).pdf"))
                .isEqualTo("attachment; filename=\"Bien ban do dac (1).pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91o%20%C4%91%E1%BA%A1c%20%281%29.pdf");
    }

    @Test
    void neverLetsAQuoteOrANonAsciiCharacterIntoTheFallback() {
        assertThat(FileDownloads.asciiFallback("a\"b\\c 漢.pdf")).isEqualTo("a_b_c _.pdf");
    }

    @Test
    void repairsAUtf8FileNameThatWasReadAsLatin1() {
        String sent = "Ảnh ổ gà.jpg";
        String misread = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(MultipartForm.repairName(misread)).isEqualTo(sent);
        assertThat(MultipartForm.repairName(sent)).isEqualTo(sent);
        assertThat(MultipartForm.repairName("café.jpg")).isEqualTo("café.jpg");
        assertThat(MultipartForm.repairName("plain.pdf")).isEqualTo("plain.pdf");
    }

    @Test
    void readsTextPartsAsUtf8UnlessTheyNameACharset() {
        assertThat(MultipartForm.charset(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(MultipartForm.charset(MediaType.TEXT_PLAIN_TYPE)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(MultipartForm.charset(new MediaType("text", "plain", Map.of("charset", "windows-1258"))).name()).isEqualTo("windows-1258");
        assertThat(MultipartForm.charset(new MediaType("text", "plain", Map.of("charset", "no-such")))).isEqualTo(StandardCharsets.UTF_8);
    }
}
