package cn.baishan.enrollment.allocation.lottery;

import java.util.HexFormat;
import java.util.Objects;

/**
 * One application's draw: its lottery number (an unsigned 64-bit value held in a {@code long}; compare with
 * {@link Long#compareUnsigned}) and its rank, 1 = the smallest number = the best lottery position.
 */
public record LotteryEntry(String publicId, long number, int rank) {

    public LotteryEntry {
        Objects.requireNonNull(publicId, "publicId");
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, got " + rank);
        }
    }

    /** The number as 16 lowercase hex digits, the form in the canonical result text. */
    public String numberHex() {
        return HexFormat.of().toHexDigits(number);
    }

    /** The number in unsigned decimal, for people. */
    public String numberDecimal() {
        return Long.toUnsignedString(number);
    }
}
