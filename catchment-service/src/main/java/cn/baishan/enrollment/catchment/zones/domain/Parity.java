package cn.baishan.enrollment.catchment.zones.domain;

/** Which house numbers of a road range a rule covers. */
public enum Parity {
    ALL,
    ODD,
    EVEN;

    public boolean admits(int number) {
        return this == ALL || (this == ODD) == (number % 2 != 0);
    }
}
