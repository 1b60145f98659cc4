package cn.baishan.enrollment.allocation.district;

/** The canonical UTF-8 text of a {@link DistrictResult}; its SHA-256 is the result digest. */
public final class DistrictResultText {

    private DistrictResultText() {}

    public static String write(DistrictResult result) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }

    public static String digest(DistrictResult result) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }
}
