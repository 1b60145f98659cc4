package cn.baishan.enrollment.catchment.zones.domain.spatial;

import java.math.BigDecimal;

/**
 * The exact sign of the orientation determinant of three points given as doubles: a floating-point
 * filter (Shewchuk's error bound for {@code orient2d}) decides almost every case; the rest are
 * decided exactly with {@link BigDecimal}, so collinearity is never guessed.
 */
final class RobustOrientation {

    /** Shewchuk's ccwerrboundA, (3 + 16 eps) * eps with eps = 2^-53. */
    private static final double ERROR_BOUND = (3.0 + 16.0 * 0x1.0p-53) * 0x1.0p-53;

    private RobustOrientation() {}

    /**
     * @return 1 if c lies to the left of the directed line a→b (counter-clockwise), -1 if to the
     *     right (clockwise), 0 if the three points are collinear
     */
    static int index(double ax, double ay, double bx, double by, double cx, double cy) {
        double left = (bx - ax) * (cy - ay);
        double right = (by - ay) * (cx - ax);
        double det = left - right;
        double bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
        if (det > bound) {
            return 1;
        }
        if (det < -bound) {
            return -1;
        }
        return exactIndex(ax, ay, bx, by, cx, cy);
    }

    static int exactIndex(double ax, double ay, double bx, double by, double cx, double cy) {
        BigDecimal x = new BigDecimal(ax);
        BigDecimal y = new BigDecimal(ay);
        BigDecimal left = new BigDecimal(bx).subtract(x).multiply(new BigDecimal(cy).subtract(y));
        BigDecimal right = new BigDecimal(by).subtract(y).multiply(new BigDecimal(cx).subtract(x));
        return left.compareTo(right);
    }
}
