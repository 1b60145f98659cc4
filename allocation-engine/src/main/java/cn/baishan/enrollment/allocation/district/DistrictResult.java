package cn.baishan.enrollment.allocation.district;

import java.util.List;

/**
 * The result of one district allocation run: every child's placement with its lottery number, each
 * school's cut-off per phase, each school's seats (admitted, empty and why), and the invariant
 * violations found (a run with any is blocked from publication). {@link DistrictResultText} writes the
 * canonical text whose SHA-256 is the run's result digest.
 */
public record DistrictResult(
        String inputDigest,
        String seedHex,
        String algorithmVersion,
        List<Placement> placements,
        List<Cutoff> cutoffs,
        List<SchoolOutcome> schools,
        List<DistrictViolation> violations) {

    public DistrictResult {
        placements = List.copyOf(placements);
        cutoffs = List.copyOf(cutoffs);
        schools = List.copyOf(schools);
        violations = List.copyOf(violations);
    }

    /** @param schoolCode the admitting school (or the special school); null when unplaced or home teaching */
    public record Placement(
            String publicId, long lotteryNumber, int lotteryRank, Outcome outcome, String schoolCode, Route route) {}

    public enum Outcome {
        ADMITTED,
        SPECIAL_SCHOOL,
        HOME_TEACHING,
        UNPLACED
    }

    /** The phase that placed the child, in the order the phases run. */
    public enum Route {
        DISABILITY,
        DIRECT_PROMOTION,
        IN_ZONE,
        SIBLING,
        OVERFLOW
    }

    /**
     * A school that turned children away in a phase: the last child it admitted there (tier rank, lottery
     * rank). Schools not full after a phase have no cut-off for it.
     */
    public record Cutoff(String schoolCode, Route phase, int tierRank, int lotteryRank) {}

    /**
     * A school's seats after the run. {@code emptyReason} explains every empty seat: {@code NONE} when full,
     * {@code RESERVED} when only reserved seats are empty, {@code NO_APPLICANT_LEFT} when no child of the
     * district was left without a seat (the only way a non-reserved seat may stay empty).
     */
    public record SchoolOutcome(
            String schoolCode, int seats, int reservedSeats, int admitted, int emptySeats, String emptyReason) {}

    /**
     * A broken invariant: {@code rule} is one of {@code OVER_CAPACITY}, {@code ASSIGNED_TWICE},
     * {@code UNPLACED_WITH_FREE_SEAT}, {@code TIER_PRECEDENCE}, {@code JUSTIFIED_ENVY},
     * {@code EMPTY_SEAT_UNEXPLAINED}, {@code UNKNOWN_SCHOOL}; {@code subject} a school code or public id.
     */
    public record DistrictViolation(String rule, String subject, String detail) {}
}
