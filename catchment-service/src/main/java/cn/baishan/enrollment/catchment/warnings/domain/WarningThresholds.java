package cn.baishan.enrollment.catchment.warnings.domain;

/**
 * Demand-to-seat ratios at which each level starts, e.g. 0.9 / 1.0 / 1.2: yellow when demand reaches
 * 90 % of seats, orange when it fills them, red when it exceeds them by a fifth.
 */
public record WarningThresholds(double yellow, double orange, double red) {

    public WarningThresholds {
        if (!(0 < yellow && yellow <= orange && orange <= red)) {
            throw new IllegalArgumentException("thresholds must rise: yellow ≤ orange ≤ red");
        }
    }

    public WarningLevel level(int demand, int seats) {
        if (seats <= 0) {
            return demand > 0 ? WarningLevel.RED : WarningLevel.NONE;
        }
        double ratio = (double) demand / seats;
        if (ratio >= red) {
            return WarningLevel.RED;
        }
        if (ratio >= orange) {
            return WarningLevel.ORANGE;
        }
        return ratio >= yellow ? WarningLevel.YELLOW : WarningLevel.NONE;
    }
}
