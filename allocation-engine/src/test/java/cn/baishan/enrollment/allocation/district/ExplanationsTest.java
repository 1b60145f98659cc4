package cn.baishan.enrollment.allocation.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.Explanations.Considered;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Explanations of the known vector (README, "A worked vector"), derived from the input and the result only. Ranks:
 * K10 1, K04 2, K06 3, K09 4, K08 5, K02 6, K01 7, K05 8, K03 9, K07 10.
 */
class ExplanationsTest {

    private final DistrictInput input = DistrictInputText.read(KnownVectorTest.INPUT);
    private final DistrictResult result = DistrictResultText.read(KnownVectorTest.RESULT);
    private final Explanations.Index index = Explanations.index(input, result);

    @Test
    void an_in_zone_admission_names_the_tier_the_lottery_and_the_cut_off() {
        Explanation e = index.of("P2027-K02");

        assertThat(e.tierRank()).isEqualTo(2);
        assertThat(e.tierName()).isEqualTo("PROPERTY_ONLY");
        assertThat(e.lotteryRank()).isEqualTo(6);
        assertThat(e.lotteryNumber()).isEqualTo("7e93a6bd7bffb649");
        assertThat(e.considered()).containsExactly(new Considered("A", Route.IN_ZONE, true, 2, 6));
        assertThat(e.reason()).isEqualTo("您的孩子属于第2类（片区内有房产），摇号序号6；学区学校A本阶段录取至第2类序号6，已录取。");
    }

    @Test
    void a_first_choice_with_seats_to_spare_says_so() {
        assertThat(index.of("P2027-K05").reason()).isEqualTo("您的孩子属于第3类（片区内有户籍），摇号序号8；首选学校B本阶段学位充足，已录取。");
    }

    @Test
    void an_unplaced_child_sees_each_school_that_turned_it_away_and_why() {
        Explanation e = index.of("P2027-K03");

        assertThat(e.outcome()).isEqualTo(Outcome.UNPLACED);
        assertThat(e.considered())
                .startsWith(new Considered("A", Route.IN_ZONE, false, 2, 6))
                .contains(new Considered("C", Route.OVERFLOW, false, 1, 3))
                .noneMatch(Considered::admitted);
        assertThat(e.reason())
                .isEqualTo("您的孩子属于第2类（片区内有房产），摇号序号9；学区内学校均已录满（A本阶段录取至第2类序号6）；" + "全区本学段学位已全部录满，暂未安排学校，教育局将另行统筹解决。");
    }

    @Test
    void a_warning_period_arrival_is_told_it_was_placed_by_the_overall_arrangement() {
        Explanation e = index.of("P2027-K06");

        assertThat(e.considered())
                .containsExactly(
                        new Considered("A", Route.OVERFLOW, false, null, null),
                        new Considered("B", Route.OVERFLOW, false, null, null),
                        new Considered("C", Route.OVERFLOW, true, 1, 3));
        assertThat(e.reason()).contains("学位预警").endsWith("统筹安排至距离较近且有空余学位的C，已录取。");
    }

    @Test
    void a_sibling_turned_away_is_told_the_older_sibling_school_was_full() {
        assertThat(index.of("P2027-K07").reason()).contains("住址不在本学段任何学区内").contains("兄姐就读的A已无剩余学位");
    }

    @Test
    void disability_placements_are_explained_as_the_committee_decision() {
        assertThat(index.of("P2027-K08").reason()).contains("随班就读").contains("C");
        assertThat(index.of("P2027-K09").reason()).contains("特殊教育学校S-TEJIAO");
        assertThat(index.of("P2027-K09").considered()).isEmpty();
    }

    @Test
    void the_one_shot_form_equals_the_index_and_an_unknown_id_is_refused() {
        assertThat(Explanations.of(input, result, "P2027-K01")).isEqualTo(index.of("P2027-K01"));
        assertThatThrownBy(() -> index.of("P2027-NOBODY")).isInstanceOf(NoSuchElementException.class);
    }
}
