package cn.baishan.enrollment.catchment.warnings.domain;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expected demand per school. A zone's demand is its census children or, once more families have
 * applied than the census counted (new arrivals), its applications: max(census, applications). It is
 * shared among the zone's schools in proportion to their seats (a multi-school zone's children can go
 * to any of them).
 */
public final class DemandForecast {

    private DemandForecast() {}

    public static List<SeatAssessment> assess(
            List<Zone> zones,
            Map<String, School> schools,
            Map<String, Integer> childrenByZone,
            Map<String, Integer> applicationsByZone,
            Stage stage,
            int year,
            WarningThresholds thresholds) {
        List<SeatAssessment> out = new ArrayList<>();
        for (Zone zone : zones) {
            int children = Math.max(
                    childrenByZone.getOrDefault(zone.code(), 0), applicationsByZone.getOrDefault(zone.code(), 0));
            int zoneSeats = zone.schoolCodes().stream()
                    .map(schools::get)
                    .filter(s -> s != null)
                    .mapToInt(s -> seats(s, stage))
                    .sum();
            for (String code : zone.schoolCodes()) {
                School school = schools.get(code);
                if (school == null) {
                    continue;
                }
                int seats = seats(school, stage);
                int demand = zoneSeats == 0
                        ? children / zone.schoolCodes().size()
                        : (int) Math.round((double) children * seats / zoneSeats);
                out.add(new SeatAssessment(
                        code, school.name(), stage, year, seats, demand, thresholds.level(demand, seats)));
            }
        }
        return out;
    }

    private static int seats(School school, Stage stage) {
        return school.intake(stage).map(i -> i.seats()).orElse(0);
    }
}
