package vn.pakn.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeGeneratorTest {

    private static final int COUNT = 20_000;

    private final List<TrackingCode> codes = generate(new TrackingCodeGenerator());

    private static List<TrackingCode> generate(TrackingCodeGenerator generator) {
        List<TrackingCode> result = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            result.add(generator.next());
        }
        return result;
    }

    @Test
    void issuesTenDigitCodesThatParseBack() {
        for (TrackingCode code : codes) {
            assertThat(code.value()).hasSize(10).containsOnlyDigits();
            assertThat(TrackingCode.parse(code.value())).isEqualTo(code);
            assertThat(TrackingCode.parse(code.formatted())).isEqualTo(code);
        }
    }

    @Test
    void neverStartsWithZeroSoSpreadsheetsKeepAllDigits() {
        assertThat(codes).allSatisfy(code -> assertThat(code.value()).doesNotStartWith("0"));
    }

    @Test
    void issuesCodesThatAreNotSequentialNorClustered() {
        int closeNeighbours = 0;
        int increasing = 0;
        for (int i = 1; i < codes.size(); i++) {
            long previous = Long.parseLong(codes.get(i - 1).value());
            long current = Long.parseLong(codes.get(i).value());
            if (Math.abs(current - previous) < 1_000_000) {
                closeNeighbours++;
            }
            if (current > previous) {
                increasing++;
            }
        }
        // Random codes: consecutive codes are within a million of each other with p ~ 0.0002,
        // and go up about half of the time.
        assertThat(closeNeighbours).isLessThan(30);
        assertThat(increasing).isBetween(COUNT * 45 / 100, COUNT * 55 / 100);
    }

    @Test
    void spreadsEveryDigitPositionEvenlySoNoDigitCanBeGuessed() {
        for (int position = 0; position < 9; position++) {
            int[] counts = new int[10];
            for (TrackingCode code : codes) {
                counts[code.value().charAt(position) - '0']++;
            }
            int firstDigit = position == 0 ? 1 : 0;
            double expected = (double) COUNT / (10 - firstDigit);
            double chiSquare = 0;
            for (int digit = firstDigit; digit < 10; digit++) {
                chiSquare += Math.pow(counts[digit] - expected, 2) / expected;
            }
            // 9 or 8 degrees of freedom; 40 is far beyond the 0.001 % tail, so this only fails on a real bias.
            assertThat(chiSquare).as("position %d counts %s", position, java.util.Arrays.toString(counts))
                    .isLessThan(40);
        }
    }

    @Test
    void rarelyRepeatsACode() {
        Set<TrackingCode> distinct = new HashSet<>(codes);
        // Expected duplicates among 20 000 random 9-digit payloads: about 0.2.
        assertThat(COUNT - distinct.size()).isLessThanOrEqualTo(3);
    }
}
