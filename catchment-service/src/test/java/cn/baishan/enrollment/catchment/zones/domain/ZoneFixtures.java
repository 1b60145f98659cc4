package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small zones near 浑江区 for tests, written as WKT so the shapes are readable. */
final class ZoneFixtures {

    private ZoneFixtures() {}

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A square [x0, x0+size] × [y0, y0+size]. */
    static Geometry square(double x0, double y0, double size) {
        return wkt("POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))"
                .formatted(x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0));
    }

    static Zone zone(String code, Geometry area, String... schools) {
        return new Zone(
                code,
                code + "学区",
                "220602",
                Stage.PRIMARY,
                schools.length > 1 ? ZoneType.MULTI : ZoneType.SINGLE,
                List.of(schools),
                area,
                List.of());
    }
}
