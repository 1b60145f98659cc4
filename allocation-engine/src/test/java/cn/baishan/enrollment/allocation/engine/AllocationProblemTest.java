package cn.baishan.enrollment.allocation.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationProblemTest {

    @Test
    void a_negative_capacity_is_rejected() {
        assertThatThrownBy(
                        () -> new AllocationProblem(new int[] {-1}, new long[0], new int[] {0}, new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void a_preference_for_an_unknown_school_is_rejected() {
        assertThatThrownBy(() -> new AllocationProblem(
                        new int[] {1}, new long[] {1}, new int[] {0, 1}, new int[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown school 1");
    }

    @Test
    void a_school_ranked_twice_by_one_applicant_is_rejected() {
        assertThatThrownBy(() -> new AllocationProblem(
                        new int[] {1}, new long[] {1}, new int[] {0, 2}, new int[] {0, 0}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void a_tier_outside_the_packable_range_is_rejected() {
        assertThatThrownBy(() -> new AllocationProblem(
                        new int[] {1}, new long[] {1}, new int[] {0, 1}, new int[] {0}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier");
        assertThatThrownBy(() -> new AllocationProblem(
                        new int[] {1}, new long[] {1}, new int[] {0, 1}, new int[] {0}, new int[] {
                            AllocationProblem.MAX_TIER + 1
                        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier");
    }

    @Test
    void decreasing_preference_offsets_are_rejected() {
        assertThatThrownBy(() -> new AllocationProblem(
                        new int[] {1}, new long[] {1, 2}, new int[] {0, 2, 1}, new int[] {0}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
