package vn.pakn.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pakn.domain.model.cases.InvalidTrackingCodeException.Reason;

class TrackingCodeTest {

    /** Codes spread over the whole range, from a fixed seed so a failure can be replayed. */
    private static List<TrackingCode> sampleCodes(int count) {
        TrackingCodeGenerator generator = new TrackingCodeGenerator(new Random(20261123L));
        List<TrackingCode> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(generator.next());
        }
        return codes;
    }

    @Test
    void computesTheDammCheckDigitOfTheTextbookExample() {
        // Damm's published example: 572 has check digit 4.
        assertThat(TrackingCode.checkDigit("572")).isEqualTo(4);
        assertThat(TrackingCode.checkDigit("5724")).isZero();
    }

    @Test
    void acceptsAValidCodeAndKeepsItsTenDigits() {
        TrackingCode code = TrackingCode.withCheckDigit("123456789");
        assertThat(code.value()).hasSize(10).startsWith("123456789");
        assertThat(TrackingCode.parse(code.value())).isEqualTo(code);
        assertThat(code.toString()).isEqualTo(code.value());
    }

    @Test
    void acceptsSpacesAndDashesTypedByPeople() {
        TrackingCode code = TrackingCode.withCheckDigit("987654321");
        String d = code.value();
        String typed = " " + d.substring(0, 3) + "-" + d.substring(3, 6) + "\u00a0" + d.substring(6, 9) + " - "
                + d.substring(9) + "\t";
        assertThat(TrackingCode.parse(typed)).isEqualTo(code);
        assertThat(TrackingCode.parse(code.formatted())).isEqualTo(code);
    }

    @Test
    void formatsAsThreeGroupsOfThreeAndTheCheckDigit() {
        TrackingCode code = TrackingCode.withCheckDigit("123456789");
        assertThat(code.formatted()).isEqualTo("123 456 789 " + code.value().charAt(9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12345678901", "1234 5678 9012"})
    void rejectsTrackingCodeWithWrongLength(String input) {
        assertThatThrownBy(() -> TrackingCode.parse(input))
                .isInstanceOfSatisfying(InvalidTrackingCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678a0", "123.456.789.0", "１２３４５６７８９０", "١٢٣٤٥٦٧٨٩٠", "+84123456789"})
    void rejectsTrackingCodeWithCharactersOtherThanDigitsSpacesAndDashes(String input) {
        assertThatThrownBy(() -> TrackingCode.parse(input))
                .isInstanceOfSatisfying(InvalidTrackingCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_DIGITS));
    }

    @Test
    void rejectsTrackingCodeWithWrongCheckDigit() {
        TrackingCode code = TrackingCode.withCheckDigit("314159265");
        int check = code.value().charAt(9) - '0';
        String wrong = code.value().substring(0, 9) + (check + 1) % 10;
        assertThatThrownBy(() -> TrackingCode.parse(wrong))
                .isInstanceOfSatisfying(InvalidTrackingCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_CHECK_DIGIT);
                    assertThat(e.messageVi()).contains("không đúng");
                    assertThat(e.messageEn()).isEqualTo(e.getMessage()).contains("check");
                    assertThat(e.getMessage()).doesNotContain(wrong);
                });
    }

    @Test
    void rejectsEverySingleDigitSubstitutionOfManyCodes() {
        for (TrackingCode code : sampleCodes(2_000)) {
            char[] digits = code.value().toCharArray();
            for (int position = 0; position < digits.length; position++) {
                char original = digits[position];
                for (char other = '0'; other <= '9'; other++) {
                    if (other == original) {
                        continue;
                    }
                    digits[position] = other;
                    assertWrongCheckDigit(new String(digits));
                }
                digits[position] = original;
            }
        }
    }

    @Test
    void rejectsEveryAdjacentTranspositionOfManyCodesIncludingTheCheckDigit() {
        int transpositions = 0;
        for (TrackingCode code : sampleCodes(20_000)) {
            String d = code.value();
            for (int i = 0; i + 1 < d.length(); i++) {
                if (d.charAt(i) == d.charAt(i + 1)) {
                    continue;
                }
                String swapped = d.substring(0, i) + d.charAt(i + 1) + d.charAt(i) + d.substring(i + 2);
                assertWrongCheckDigit(swapped);
                transpositions++;
            }
        }
        assertThat(transpositions).isGreaterThan(100_000);
    }

    @Test
    void rejectsEveryAdjacentTranspositionOfEveryDigitPairInEveryPrefixState() {
        // Exhaustive over the algorithm: for every interim state and every pair a != b, swapping the
        // two digits changes the check digit; so no code of any content survives a swap.
        for (int prefix = 0; prefix < 1000; prefix++) {
            String head = String.format("%03d", prefix);
            for (int a = 0; a < 10; a++) {
                for (int b = 0; b < 10; b++) {
                    if (a != b) {
                        assertThat(TrackingCode.checkDigit(head + a + b))
                                .isNotEqualTo(TrackingCode.checkDigit(head + b + a));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"12345678", "1234567890", "12345678a"})
    void refusesToBuildACodeFromAPayloadThatIsNotNineDigits(String payload) {
        assertThatThrownBy(() -> TrackingCode.withCheckDigit(payload)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidTrackingCodeException.class);
    }

    @Test
    void tryParseGivesEmptyForBadInputAndTheCodeForGoodInput() {
        TrackingCode code = TrackingCode.withCheckDigit("500000000");
        assertThat(TrackingCode.tryParse(code.formatted())).contains(code);
        assertThat(TrackingCode.tryParse("nonsense")).isEmpty();
        assertThat(TrackingCode.tryParse(null)).isEmpty();
    }

    @Test
    void equalsByDigitsOnly() {
        TrackingCode a = TrackingCode.parse(TrackingCode.withCheckDigit("111222333").formatted());
        TrackingCode b = TrackingCode.withCheckDigit("111222333");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(TrackingCode.withCheckDigit("111222334"));
    }

    /** Plain try/catch rather than assertThatThrownBy: this runs a few hundred thousand times. */
    private static void assertWrongCheckDigit(String input) {
        try {
            TrackingCode.parse(input);
        } catch (InvalidTrackingCodeException e) {
            if (e.reason() != Reason.WRONG_CHECK_DIGIT) {
                throw new AssertionError(input + " refused for " + e.reason() + " instead of WRONG_CHECK_DIGIT");
            }
            return;
        }
        throw new AssertionError(input + " was accepted but is a mistyped code");
    }
}
