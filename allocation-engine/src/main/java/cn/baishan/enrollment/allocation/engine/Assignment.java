package cn.baishan.enrollment.allocation.engine;

/**
 * What a run gave: for each applicant the school index it holds, or {@link #UNASSIGNED} (left for the
 * district's overall arrangement, 统筹).
 */
public record Assignment(int[] schoolOf) {

    public static final int UNASSIGNED = -1;
}
