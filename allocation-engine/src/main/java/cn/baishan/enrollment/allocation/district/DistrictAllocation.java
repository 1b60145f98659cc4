package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.Objects;

/**
 * The published district allocation algorithm {@value #ALGORITHM_VERSION} (phases, in order: disability
 * placements, direct promotion, in-zone deferred acceptance, sibling co-enrollment, overall arrangement),
 * followed by the district invariant check. A pure function of the input and the seed.
 */
public final class DistrictAllocation {

    public static final String ALGORITHM_VERSION = "baishan-district-allocation-v1";

    private DistrictAllocation() {}

    /**
     * Runs the allocation; the result carries the violations the invariant checker found (empty = publishable).
     *
     * @throws IllegalArgumentException when the input is malformed (a school, zone or public id twice, a tier rank
     *     outside the tier list, reserved seats outside 0..seats, an invalid public id); a reference to a school that
     *     is not in the allocation is not an exception but an {@code UNKNOWN_SCHOOL} violation
     */
    public static DistrictResult run(DistrictInput input, Seed seed) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(seed, "seed");
        return run(input, DistrictInputText.digest(input), seed);
    }

    /**
     * Runs the allocation on a published (or stored) canonical input text: the input digest is the SHA-256 of the
     * text itself, so the re-run tool and the service need not write the text again.
     *
     * @throws IllegalArgumentException when the text is not a canonical input text (the message names the line) or
     *     the input is malformed as for {@link #run(DistrictInput, Seed)}
     */
    public static DistrictResult run(String inputText, Seed seed) {
        Objects.requireNonNull(seed, "seed");
        DistrictInput input = DistrictInputText.read(inputText);
        return run(input, Digests.sha256Hex(inputText), seed);
    }

    /**
     * Runs the allocation for a caller that already holds the digest of the frozen input (admission computes it once
     * when the list closes and stores it with the canonical text): writing a million children's canonical text again
     * only to hash it costs more than the allocation's own phases. The digest is not recomputed nor checked here; it
     * is copied into the result as {@code inputDigest}, so it must be {@link DistrictInputText#digest} of this input.
     *
     * @throws IllegalArgumentException when the input is malformed as for {@link #run(DistrictInput, Seed)}
     */
    public static DistrictResult run(DistrictInput input, String inputDigest, Seed seed) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inputDigest, "inputDigest");
        Objects.requireNonNull(seed, "seed");
        Resolved resolved = Resolved.resolve(input); // always resolved afresh: a run pays for it
        DistrictPhases phases = new DistrictPhases(resolved, seed);
        phases.run();
        DistrictResult unchecked = phases.result(inputDigest, seed.hex());
        DistrictInvariants.Collector violations = new DistrictInvariants.Collector();
        for (DistrictViolation v : resolved.problems) {
            violations.add(v.rule(), v.subject(), v.detail());
        }
        for (DistrictViolation v : phases.engineViolations) {
            violations.add(v.rule(), v.subject(), v.detail());
        }
        DistrictInvariants.check(resolved, unchecked, violations);
        return new DistrictResult(
                unchecked.inputDigest(),
                unchecked.seedHex(),
                unchecked.algorithmVersion(),
                unchecked.placements(),
                unchecked.cutoffs(),
                unchecked.schools(),
                violations.list());
    }
}
