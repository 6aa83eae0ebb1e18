package vn.pakn.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers("VN");

    @ParameterizedTest
    @CsvSource({
        "0912345678, +84912345678",
        "+84912345678, +84912345678",
        "84912345678, +84912345678",
        "'0912 345 678', +84912345678",
        "02838221234, +842838221234",
        "123, 123",
        "<unknown>, <unknown>",
        "anonymous, anonymous"
    })
    void normalisesVietnameseNumbersAndKeepsTheRest(String raw, String expected) {
        assertThat(phones.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"+84912345678, +849xx xxx 678", "12, ***"})
    void masksNumbersForLogs(String number, String masked) {
        assertThat(PhoneNumbers.mask(number)).isEqualTo(masked);
    }
}
