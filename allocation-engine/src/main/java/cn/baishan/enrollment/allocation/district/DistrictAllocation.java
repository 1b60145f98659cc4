package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.lottery.Seed;

/**
 * The published district allocation algorithm {@value #ALGORITHM_VERSION} (phases, in order: disability
 * placements, direct promotion, in-zone deferred acceptance, sibling co-enrollment, overall arrangement),
 * followed by the district invariant check. A pure function of the input and the seed.
 */
public final class DistrictAllocation {

    public static final String ALGORITHM_VERSION = "baishan-district-allocation-v1";

    private DistrictAllocation() {}

    /** Runs the allocation; the result carries the violations the invariant checker found (empty = publishable). */
    public static DistrictResult run(DistrictInput input, Seed seed) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }
}
