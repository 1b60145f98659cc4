package cn.baishan.enrollment.allocation.district;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.Seed;
import org.junit.jupiter.api.Test;

/**
 * A fixed district and seed whose result is checked in, so any change of the algorithm, of the lottery or of a text
 * layout fails here (a new algorithm is a new version, never a silent change). The result was worked through by
 * hand: see the README, "A worked vector".
 */
class KnownVectorTest {

    static final Seed SEED = Seed.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    static final String INPUT = lines(
            "baishan-allocation-input\tv1",
            "district\t220602",
            "year\t2027",
            "stage\tPRIMARY",
            "tier\t1\tHUKOU_AND_PROPERTY",
            "tier\t2\tPROPERTY_ONLY",
            "tier\t3\tHUKOU_ONLY",
            "tier\t4\tOUTSIDE_ZONES",
            "school\tA\t2\t0",
            "school\tB\t2\t1",
            "school\tC\t3\t0",
            "zone\tM\tMULTI\tB,C",
            "zone\tZA\tSINGLE\tA",
            "child\tP2027-K01\t1\tZA\t-\t0\t-\t-\t-\t-\tA,B,C",
            "child\tP2027-K02\t2\tZA\t-\t0\t-\t-\t-\t-\tA,C,B",
            "child\tP2027-K03\t2\tZA\t-\t0\t-\t-\t-\t-\tA,B,C",
            "child\tP2027-K04\t1\tM\tC,B\t0\t-\t-\t-\t-\tB,C,A",
            "child\tP2027-K05\t3\tM\tB\t0\t-\t-\t-\t-\tC,B,A",
            "child\tP2027-K06\t1\tZA\t-\t1\t-\t-\t-\t-\tA,B,C",
            "child\tP2027-K07\t4\t-\t-\t0\tA\t-\t-\t-\tC,A,B",
            "child\tP2027-K08\t2\tM\t-\t0\t-\t-\tREGULAR_CLASS\t-\tC,B,A",
            "child\tP2027-K09\t1\t-\t-\t0\t-\t-\tSPECIAL_SCHOOL\tS-TEJIAO\t-",
            "child\tP2027-K10\t3\tZA\t-\t0\t-\t-\t-\t-\tB,A,C");

    static final String RESULT = lines(
            "baishan-allocation-result\tv1",
            "algorithm\tbaishan-district-allocation-v1",
            "input\t1f11a829a2aaae77101e3fa372b768a922c93156dc58255e500b2c910a8d9222",
            "seed\t000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "placement\tP2027-K01\t860efb104b400275\t7\tADMITTED\tA\tIN_ZONE",
            "placement\tP2027-K02\t7e93a6bd7bffb649\t6\tADMITTED\tA\tIN_ZONE",
            "placement\tP2027-K03\tc002a53cfd9176c1\t9\tUNPLACED\t-\tOVERFLOW",
            "placement\tP2027-K04\t30fb0ee2312a13cf\t2\tADMITTED\tC\tIN_ZONE",
            "placement\tP2027-K05\t894f225ccf3b6d4d\t8\tADMITTED\tB\tIN_ZONE",
            "placement\tP2027-K06\t377763e7e4816d44\t3\tADMITTED\tC\tOVERFLOW",
            "placement\tP2027-K07\tf654d8a53af77ba7\t10\tUNPLACED\t-\tOVERFLOW",
            "placement\tP2027-K08\t6d0730979c491cf4\t5\tADMITTED\tC\tDISABILITY",
            "placement\tP2027-K09\t49c12640fb91c154\t4\tSPECIAL_SCHOOL\tS-TEJIAO\tDISABILITY",
            "placement\tP2027-K10\t0364f1302f8211d9\t1\tUNPLACED\t-\tOVERFLOW",
            "cutoff\tA\tIN_ZONE\t2\t6",
            "cutoff\tC\tOVERFLOW\t1\t3",
            "school\tA\t2\t0\t2\t0\tNONE",
            "school\tB\t2\t1\t1\t1\tRESERVED",
            "school\tC\t3\t0\t3\t0\tNONE");

    static final String INPUT_DIGEST = "1f11a829a2aaae77101e3fa372b768a922c93156dc58255e500b2c910a8d9222";
    static final String RESULT_DIGEST = "4188e712ecc734e05c0afc927134468ffa9afa7450a610d6310ffa07a1d66b52";

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void the_known_input_gives_the_known_result_byte_for_byte() {
        DistrictInput input = DistrictInputText.read(INPUT);

        DistrictResult result = DistrictAllocation.run(input, SEED);

        assertThat(DistrictInputText.digest(input)).isEqualTo(INPUT_DIGEST).isEqualTo(Digests.sha256Hex(INPUT));
        assertThat(result.inputDigest()).isEqualTo(INPUT_DIGEST);
        assertThat(DistrictResultText.write(result)).isEqualTo(RESULT);
        assertThat(DistrictResultText.digest(result)).isEqualTo(RESULT_DIGEST).isEqualTo(Digests.sha256Hex(RESULT));
        assertThat(result.violations()).isEmpty();
    }
}
