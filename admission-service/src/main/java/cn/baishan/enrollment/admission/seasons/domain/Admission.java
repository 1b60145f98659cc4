package cn.baishan.enrollment.admission.seasons.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's placement from a published run (or from an appeal that moved it). At most one admission per child is
 * current city-wide: a move supersedes the previous one, never deletes it.
 *
 * @param outcome {@code ADMITTED}, {@code SPECIAL_SCHOOL}, {@code HOME_TEACHING} or {@code UNPLACED}
 * @param route {@code DISABILITY}, {@code DIRECT_PROMOTION}, {@code IN_ZONE}, {@code SIBLING}, {@code OVERFLOW},
 *     {@code APPEAL}; null when unplaced
 */
public record Admission(
        UUID id,
        UUID seasonId,
        UUID runId,
        SeasonKey season,
        UUID applicationId,
        String childKey,
        String publicId,
        String maskedName,
        String outcome,
        String schoolCode,
        String route,
        UUID appealId,
        boolean current,
        Instant createdAt) {

    public static final String ADMITTED = "ADMITTED";
    public static final String UNPLACED = "UNPLACED";
    public static final String APPEAL = "APPEAL";

    /** Holds a seat (or a binding special placement): what the one-admission rule counts. */
    public boolean isPlaced() {
        return !UNPLACED.equals(outcome);
    }

    /** The same child moved to another school by an appeal decision. */
    public Admission movedTo(UUID newId, String newSchoolCode, UUID byAppeal, Instant at) {
        return new Admission(
                newId,
                seasonId,
                runId,
                season,
                applicationId,
                childKey,
                publicId,
                maskedName,
                ADMITTED,
                newSchoolCode,
                APPEAL,
                byAppeal,
                true,
                at);
    }
}
