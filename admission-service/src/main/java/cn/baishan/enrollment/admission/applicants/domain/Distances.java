package cn.baishan.enrollment.admission.applicants.domain;

import java.util.Comparator;
import java.util.List;

/** Great-circle distances between a home and schools, for "the relatively nearest school" (统筹就近). */
public final class Distances {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distances() {}

    /** Haversine distance in metres between two WGS-84 points. */
    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A school's code and position. */
    public record Point(String code, double lon, double lat) {}

    /**
     * The schools' codes, nearest to the home first (equal distances: by code, so the order is
     * reproducible); empty when the home has no verified position.
     */
    public static List<String> nearestFirst(HomeLocation home, List<Point> schools) {
        if (home == null) {
            return List.of();
        }
        return schools.stream()
                .sorted(Comparator.comparingDouble((Point p) -> metres(home.lon(), home.lat(), p.lon(), p.lat()))
                        .thenComparing(Point::code))
                .map(Point::code)
                .toList();
    }
}
