package cn.baishan.enrollment.allocation.district;

import static cn.baishan.enrollment.allocation.district.Districts.district;
import static cn.baishan.enrollment.allocation.district.Districts.kid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical input text: exact round trip, one text per input, strict parsing that names the line. */
class DistrictInputTextTest {

    private static final String TEXT = String.join(
            "\n",
            "baishan-allocation-input\tv1",
            "district\t220602",
            "year\t2027",
            "stage\tPRIMARY",
            "tier\t1\tHUKOU_AND_PROPERTY",
            "tier\t2\tPROPERTY_ONLY",
            "tier\t3\tHUKOU_ONLY",
            "tier\t4\tOUTSIDE_ZONES",
            "school\tA\t45\t0",
            "school\tB\t90\t5",
            "zone\tM\tMULTI\tB,A",
            "zone\tZA\tSINGLE\tA",
            "child\tP2027-000001\t1\tM\tB,A\t0\t-\t-\t-\t-\tA,B",
            "child\tP2027-000002\t4\t-\t-\t1\tA\t-\tREGULAR_CLASS\t-\t-",
            "child\tP2027-白山\t2\tZA\t-\t0\t-\tB\tSPECIAL_SCHOOL\tS1\tB",
            "");

    private static DistrictInput sample() {
        return district()
                .school("B", 90, 5)
                .school("A", 45)
                .single("ZA", "A")
                .multi("M", "B", "A")
                .child(kid("P2027-白山", 2, "ZA")
                        .promotion("B")
                        .disability(DisabilityPlacement.SPECIAL_SCHOOL, "S1")
                        .nearby("B"))
                .child(kid("P2027-000002", 4, null)
                        .warning()
                        .sibling("A")
                        .disability(DisabilityPlacement.REGULAR_CLASS, null))
                .child(kid("P2027-000001", 1, "M").prefs("B", "A").nearby("A", "B"))
                .input();
    }

    @Test
    void an_input_is_written_in_the_documented_layout_sorted_by_key() {
        assertThat(DistrictInputText.write(sample())).isEqualTo(TEXT);
        assertThat(DistrictInputText.digest(sample())).isEqualTo(Digests.sha256Hex(TEXT));
        assertThat(DistrictInputText.digest(TEXT)).isEqualTo(Digests.sha256Hex(TEXT));
    }

    @Test
    void reading_a_canonical_text_and_writing_it_again_gives_the_same_bytes_and_the_same_input() {
        DistrictInput read = DistrictInputText.read(TEXT);

        assertThat(DistrictInputText.write(read)).isEqualTo(TEXT);
        assertThat(DistrictInputText.read(DistrictInputText.write(read))).isEqualTo(read);
        assertThat(read.children())
                .extracting(DistrictInput.Child::publicId)
                .containsExactly("P2027-000001", "P2027-000002", "P2027-白山");
        assertThat(read.children().get(1).warningPeriodArrival()).isTrue();
        assertThat(read.children().get(1).zoneCode()).isNull();
        assertThat(read.children().get(1).disability().schoolCode()).isNull();
    }

    @Test
    void a_text_streamed_through_a_writer_and_a_reader_is_the_same_text_and_input() {
        StringWriter out = new StringWriter();

        DistrictInputText.write(sample(), out);

        assertThat(out.toString()).isEqualTo(TEXT);
        // A reader that hands out a few characters at a time: lines cross its buffer's ends.
        Reader trickle = new FilterReader(new StringReader(TEXT)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 7));
            }
        };
        assertThat(DistrictInputText.read(trickle)).isEqualTo(DistrictInputText.read(TEXT));
        assertThatThrownBy(() -> DistrictInputText.read(new StringReader(TEXT.substring(0, TEXT.length() - 1))))
                .hasMessageContaining("does not end with LF");
    }

    @Test
    void the_digest_does_not_depend_on_the_order_the_lists_were_given_in() {
        DistrictInput reordered = DistrictInputText.read(TEXT);
        assertThat(DistrictInputText.digest(reordered)).isEqualTo(DistrictInputText.digest(sample()));
    }

    @Test
    void a_malformed_text_is_refused_naming_the_line() {
        assertRefused(TEXT.replace("v1", "v2"), "line 1");
        assertRefused(TEXT.replace("year\t2027", "year\t02027"), "line 3: year must be a decimal integer");
        assertRefused(TEXT.replace("tier\t2\t", "tier\t3\t"), "line 6: tier ranks run");
        assertRefused(TEXT.replace("school\tB\t90\t5", "school\tB\t90"), "line 10: a 'school' line has 3 fields");
        assertRefused(
                TEXT.replace("school\tA\t45\t0\nschool\tB\t90\t5", "school\tB\t90\t5\nschool\tA\t45\t0"),
                "line 10: school A is out of order");
        assertRefused(TEXT.replace("MULTI", "SEVERAL"), "line 11: zone type must be one of");
        assertRefused(TEXT.replace("B,A\t0", "B,,A\t0"), "line 13: preferences: element 2 is empty");
        assertRefused(TEXT.replace("\t0\t-\t-\t-\t-\tA,B", "\t2\t-\t-\t-\t-\tA,B"), "line 13: warning-period");
        assertRefused(TEXT.replace("REGULAR_CLASS", "SOMEWHERE"), "line 14: disability placement");
        assertRefused(TEXT.substring(0, TEXT.length() - 1), "does not end with LF");
        assertRefused(TEXT.replace("\n", "\r\n"), "line 1");
        assertRefused(TEXT + "school\tC\t1\t0\n", "line 16: unexpected 'school' line");
        assertRefused(
                TEXT.replace("child\tP2027-000002", "child\tP2027-000001"),
                "line 14: child P2027-000001 is out of order or repeated");
        assertRefused("baishan-allocation-input\tv1\ndistrict\t220602\n", "line 3: missing the 'year' line");
    }

    @Test
    void a_value_that_would_not_survive_the_round_trip_is_refused_when_writing() {
        assertThatThrownBy(() ->
                        DistrictInputText.write(district().school("A,B", 1).input()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("school code");
        assertThatThrownBy(
                        () -> DistrictInputText.write(district().school("-", 1).input()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DistrictInputText.write(
                        district().child(kid("P\t1", 1, null)).input()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public id");
    }

    @Test
    void the_lists_read_from_a_text_are_immutable_lists_equal_to_the_codes_written() {
        DistrictInput read = DistrictInputText.read(TEXT);
        List<String> nearby = read.children().get(0).nearbySchools();

        assertThat(nearby).isEqualTo(List.of("A", "B")).hasSameHashCodeAs(List.of("A", "B"));
        assertThat(read.children().get(0).preferences()).containsExactly("B", "A");
        assertThat(read.zones().get(0).schoolCodes()).containsExactly("B", "A");
        assertThatThrownBy(() -> nearby.add("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nearby.set(0, "C")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(read).isEqualTo(DistrictInputText.read(DistrictInputText.write(sample())));
    }

    @Test
    void a_code_a_read_list_names_that_is_not_a_school_is_still_reported_as_unknown() {
        String text = TEXT.replace("child\tP2027-000001\t1\tM\tB,A", "child\tP2027-000001\t1\tM\tB,X");

        DistrictResult result = DistrictAllocation.run(text, Seed.fromHex("00".repeat(32)));

        assertThat(result.violations())
                .extracting(DistrictResult.DistrictViolation::rule, DistrictResult.DistrictViolation::subject)
                .contains(tuple("UNKNOWN_SCHOOL", "P2027-000001"));
    }

    @Test
    void more_distinct_list_codes_than_positions_fit_still_read_exactly() {
        // 700 children × 100 nearby codes each = 70,000 distinct codes, beyond the 65,536 a CodeList numbers.
        StringBuilder text = new StringBuilder(TEXT.substring(0, TEXT.indexOf("child\t")));
        for (int c = 0; c < 700; c++) {
            StringBuilder nearby = new StringBuilder("A");
            for (int k = 0; k < 100; k++) {
                nearby.append(",N").append(c * 100 + k);
            }
            text.append(String.format("child\tP%05d\t1\t-\t-\t0\t-\t-\t-\t-\t%s\n", c, nearby));
        }
        String written = text.toString();

        DistrictInput read = DistrictInputText.read(written);

        assertThat(DistrictInputText.write(read)).isEqualTo(written);
        assertThat(read.children().get(699).nearbySchools()).hasSize(101).endsWith("N69999");
        assertThat(DistrictAllocation.run(written, Seed.fromHex("00".repeat(32)))
                        .placements())
                .allSatisfy(p -> assertThat(p.schoolCode()).isIn("A", "B", null));
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> DistrictInputText.read(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
