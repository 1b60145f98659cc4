package cn.baishan.enrollment.allocation.engine;

/**
 * One broken invariant of an allocation run, with a message an auditor can read. {@code applicant} and
 * {@code school} are indices into the problem, or -1 where they do not apply.
 */
public record Violation(Kind kind, int applicant, int school, String message) {

    public enum Kind {
        /** The result does not describe the problem (wrong number of applicants, unknown school index). */
        MALFORMED,
        /** A school holds more applicants than its seats. */
        OVER_CAPACITY,
        /** One applicant appears more than once on the admitted lists. */
        ASSIGNED_TWICE,
        /** An applicant is admitted to a school it did not rank. */
        NOT_IN_PREFERENCES,
        /** An applicant prefers a school that admitted someone of worse priority there. */
        JUSTIFIED_ENVY,
        /** An applicant is unassigned or placed below a school it ranked higher that still has a free seat. */
        WASTEFUL
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
