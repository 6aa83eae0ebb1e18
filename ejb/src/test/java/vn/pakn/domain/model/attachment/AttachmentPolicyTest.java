package vn.pakn.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = AttachmentPolicy.DEFAULTS;

    @Test
    void acceptsPhotosAndOfficeDocumentsUpToTheLimit() {
        assertThat(policy.refusal("a.jpg", FileTypes.JPEG, AttachmentPolicy.DEFAULT_MAX_BYTES)).isEmpty();
        assertThat(policy.refusal("a.heic", FileTypes.HEIC, 1)).isEmpty();
        assertThat(policy.refusal("a.xlsx", FileTypes.XLSX, 1)).isEmpty();
        assertThat(policy.refusal("a.odt", FileTypes.ODT, 1)).isEmpty();
    }

    @Test
    void refusesAFileOneByteOverTheLimitSayingBothSizes() {
        var why = policy.refusal("ảnh.jpg", FileTypes.JPEG, AttachmentPolicy.DEFAULT_MAX_BYTES + 1).orElseThrow();

        assertThat(why.code()).isEqualTo("attachment-too-large");
        assertThat(why.messageVi()).contains("ảnh.jpg", "tối đa 10 MB");
        assertThat(why.messageEn()).contains("at most 10 MB");
    }

    @Test
    void refusesTypesOutsideTheAllowList() {
        assertThat(policy.refusal("x.html", "text/html", 10)).get()
                .satisfies(r -> assertThat(r.code()).isEqualTo("attachment-type-not-allowed"))
                .satisfies(r -> assertThat(r.messageEn()).contains("not of an accepted type"));
        assertThat(policy.refusal("x.gif", "image/gif", 10)).isPresent();
        assertThat(policy.refusal("x.zip", "application/zip", 10)).isPresent();
    }

    @Test
    void refusesEmptyFiles() {
        assertThat(policy.refusal("x.pdf", FileTypes.PDF, 0)).get().satisfies(r -> assertThat(r.code()).isEqualTo("attachment-empty"));
    }

    @Test
    void countsFilesPerReport() {
        assertThat(policy.countRefusal(4)).isEmpty();
        assertThat(policy.countRefusal(5)).get().satisfies(r -> assertThat(r.messageEn()).isEqualTo("At most 5 attachments."));
    }

    @Test
    void saysSizesAsPeopleReadThem() {
        assertThat(AttachmentPolicy.megabytes(300 * 1024)).isEqualTo("300 KB");
        assertThat(AttachmentPolicy.megabytes(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(AttachmentPolicy.megabytes(10L * 1024 * 1024)).isEqualTo("10 MB");
    }

    @Test
    void rejectsNonsenseLimits() {
        assertThatThrownBy(() -> new AttachmentPolicy(0, 5, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes");
    }
}
