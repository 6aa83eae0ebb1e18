package vn.pakn.application.statistics;

/** How statistics rows are grouped. Periods are calendar months or ISO weeks of the received date in Vietnam time. */
public enum GroupBy {
    /** By the unit that holds the case now (its latest lead assignment, unless returned to dispatch). */
    UNIT,
    CATEGORY,
    CHANNEL,
    MONTH,
    WEEK
}
