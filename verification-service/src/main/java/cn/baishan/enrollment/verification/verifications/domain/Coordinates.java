package cn.baishan.enrollment.verification.verifications.domain;

/**
 * A WGS-84 position in degrees, as catchment gives it for a matched address (the position of the
 * compound or road stretch whose rule matched it).
 */
public record Coordinates(double lon, double lat) {

    public Coordinates {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a WGS-84 position: " + lon + "," + lat);
        }
    }
}
