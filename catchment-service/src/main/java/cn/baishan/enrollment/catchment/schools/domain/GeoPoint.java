package cn.baishan.enrollment.catchment.schools.domain;

/** A WGS84 position; Baishan lies roughly within 126–129°E, 41–43°N. */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("not a WGS84 coordinate: " + lon + "," + lat);
        }
    }

    public boolean inBaishan() {
        return lon >= 125.5 && lon <= 129.0 && lat >= 40.8 && lat <= 43.0;
    }
}
