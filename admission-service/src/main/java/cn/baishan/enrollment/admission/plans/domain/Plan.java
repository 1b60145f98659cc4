package cn.baishan.enrollment.admission.plans.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The enrollment plan (招生计划) of one school for one year and stage: classes, the class-size cap,
 * the seats offered and the seats reserved (预留, for the expert committee's placements), which the
 * allocation never fills. Always valid: built only from figures that keep {@link PlanFigures}' rules.
 *
 * @param districtCode the school's own district in catchment
 */
public record Plan(
        PlanKey key,
        String districtCode,
        int classes,
        int classSizeCap,
        int seats,
        int reservedSeats,
        String updatedBy,
        Instant updatedAt) {

    public Plan {
        Objects.requireNonNull(key);
        Objects.requireNonNull(districtCode);
        var problems = new PlanFigures(classes, classSizeCap, seats, reservedSeats).problems(key.stage());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid plan " + key + ": " + problems);
        }
    }

    public static Plan of(PlanKey key, String districtCode, PlanFigures figures, String by, Instant at) {
        PlanFigures f = figures.resolved(key.stage());
        return new Plan(key, districtCode, f.classes(), f.classSizeCap(), f.seats(), f.reservedSeats(), by, at);
    }

    /** Seats the allocation may fill. */
    public int capacity() {
        return seats - reservedSeats;
    }
}
