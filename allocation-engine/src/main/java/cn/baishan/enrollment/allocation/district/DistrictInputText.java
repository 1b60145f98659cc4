package cn.baishan.enrollment.allocation.district;

/** The canonical UTF-8 text of a {@link DistrictInput}, and back; its SHA-256 is the input digest. */
public final class DistrictInputText {

    private DistrictInputText() {}

    public static String write(DistrictInput input) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }

    public static DistrictInput read(String text) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }

    public static String digest(DistrictInput input) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }
}
