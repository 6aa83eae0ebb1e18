package vn.pakn.application.statistics;

/**
 * The figures of one group (or of the total). See {@link StatisticsCalculator} for the definitions.
 *
 * @param key stable identifier of the group: unit or category code, channel name, "2026-11", "2026-W47";
 *     {@code "none"} for cases without unit or category; {@code "total"} for the total row
 * @param onTimeRate answered on time ÷ answered, 0..1, {@code null} when nothing was answered
 * @param averageAnswerWorkingDays {@code null} when nothing was answered
 * @param averageRating 1..5, {@code null} without ratings
 */
public record StatisticsRow(String key, String label, long received, long reports, long answered, long answeredOnTime,
                            Double onTimeRate, long overdueNow, long returned, long reopened, Double averageAnswerWorkingDays,
                            Double averageRating, long ratings) {
}
