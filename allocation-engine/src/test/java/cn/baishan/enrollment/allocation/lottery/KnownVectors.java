package cn.baishan.enrollment.allocation.lottery;

import java.util.List;

/**
 * Fixed vectors computed once with an independent implementation (Python's hashlib, following the README) and
 * checked in: if any of them changes, the published algorithm changed and every past draw would re-run
 * differently — bump {@link LotteryDraw#ALGORITHM_VERSION} instead.
 */
final class KnownVectors {

    static final String SEED_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final String COMMITMENT = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";

    /** Numbers above 2^63 are included on purpose: they must sort as unsigned. */
    static final List<LotteryEntry> ENTRIES = List.of(
            new LotteryEntry("2027-220602-000123", 0x4cc16bc9907471b6L, 3),
            new LotteryEntry("2027-220602-000124", 0x7773eca7e72db041L, 4),
            new LotteryEntry("2027-220602-000125", 0x93f6809ee2758296L, 5),
            new LotteryEntry("2027-220602-000001", 0x048eec47181ed29fL, 1),
            new LotteryEntry("2027-220603-004711", 0x099fe5ea85e728beL, 2),
            new LotteryEntry("2027-220602-010000", 0xc3f6e128cfe258ceL, 6));

    static final List<String> IDS = ENTRIES.stream().map(LotteryEntry::publicId).toList();

    static final String INPUT_DIGEST = "3225092993173ee7799dfc58504223b49cdd2af5064146eee7f5396ae403095a";
    static final String RESULT_DIGEST = "29cb9e80c6eab3a7e6ae6713112d1ce92790ec9d4687332ee235ef78201f05ba";

    static Seed seed() {
        return Seed.fromHex(SEED_HEX);
    }

    private KnownVectors() {}
}
