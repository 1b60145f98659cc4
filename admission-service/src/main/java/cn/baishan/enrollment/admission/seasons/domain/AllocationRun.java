package cn.baishan.enrollment.admission.seasons.domain;

import cn.baishan.enrollment.allocation.district.DistrictResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One allocation run of a season, immutable: what went in (input digest, seed, algorithm version) and what came out
 * (the canonical result text and its digest). Only its violations can grow, when publication finds a child admitted
 * elsewhere; that blocks it and leaves the result untouched.
 */
public record AllocationRun(
        UUID id,
        UUID seasonId,
        int number,
        String inputDigest,
        String seedHex,
        String algorithmVersion,
        String resultText,
        String resultDigest,
        DistrictResult result,
        List<RunViolation> violations,
        RunStatus status,
        String createdBy,
        Instant createdAt) {

    public AllocationRun {
        Objects.requireNonNull(id);
        Objects.requireNonNull(resultText);
        Objects.requireNonNull(resultDigest);
        violations = List.copyOf(violations);
    }

    /** A run as the engine produced it: checked when the engine found no violation. */
    public static AllocationRun of(
            UUID id,
            UUID seasonId,
            int number,
            DistrictResult result,
            String resultText,
            String resultDigest,
            String createdBy,
            Instant createdAt) {
        List<RunViolation> found = result.violations().stream()
                .map(v -> new RunViolation(v.rule(), v.subject(), v.detail()))
                .toList();
        return new AllocationRun(
                id,
                seasonId,
                number,
                result.inputDigest(),
                result.seedHex(),
                result.algorithmVersion(),
                resultText,
                resultDigest,
                result,
                found,
                found.isEmpty() ? RunStatus.CHECKED : RunStatus.BLOCKED,
                createdBy,
                createdAt);
    }

    /** This run with more violations found later; blocked from then on. */
    public AllocationRun blockedBy(List<RunViolation> more) {
        var all = new ArrayList<>(violations);
        all.addAll(more);
        return new AllocationRun(
                id,
                seasonId,
                number,
                inputDigest,
                seedHex,
                algorithmVersion,
                resultText,
                resultDigest,
                result,
                all,
                RunStatus.BLOCKED,
                createdBy,
                createdAt);
    }
}
