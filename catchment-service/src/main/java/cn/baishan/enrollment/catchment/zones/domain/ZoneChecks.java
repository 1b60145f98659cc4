package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules a set of zones must keep before it can become a plan: unique codes, the right number of
 * schools for the zone type, a valid polygon (no self-intersection) or at least one address rule, and
 * no two zones of the plan overlapping. Every problem is reported, as {@code features[n].field}.
 */
public final class ZoneChecks {

    /** Overlap below this area (square degrees, ~1 m²) is a shared edge drawn twice, not an overlap. */
    static final double OVERLAP_TOLERANCE = 1e-10;

    private ZoneChecks() {}

    public static List<RowProblem> check(List<Zone> zones) {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            String at = "features[" + (i + 1) + "].";
            if (zone.code() == null || zone.code().isBlank()) {
                problems.add(new RowProblem(0, at + "zoneCode", "required", "片区代码必填"));
            } else if (!codes.add(zone.code())) {
                problems.add(new RowProblem(0, at + "zoneCode", "unique", "片区代码 " + zone.code() + " 重复"));
            }
            int schools = zone.schoolCodes().size();
            if (zone.type() == ZoneType.SINGLE && schools != 1) {
                problems.add(new RowProblem(0, at + "schoolCodes", "single-school", "单校划片的片区应对应1所学校"));
            }
            if (zone.type() == ZoneType.MULTI && schools < 2) {
                problems.add(new RowProblem(0, at + "schoolCodes", "multi-school", "多校划片的片区应对应2所及以上学校"));
            }
            if (zone.area() == null && zone.rules().isEmpty()) {
                problems.add(new RowProblem(0, at + "geometry", "area-or-rules", "片区须有范围（多边形）或地址规则"));
            }
            if (zone.area() != null) {
                checkGeometry(zone.area(), at, problems);
            }
        }
        if (problems.isEmpty()) {
            checkOverlaps(zones, problems);
        }
        return problems;
    }

    private static void checkGeometry(Geometry area, String at, List<RowProblem> problems) {
        if (!(area instanceof Polygonal)) {
            problems.add(new RowProblem(0, at + "geometry", "polygon", "片区范围应为 Polygon 或 MultiPolygon"));
            return;
        }
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            var c = error.getCoordinate();
            problems.add(new RowProblem(
                    0,
                    at + "geometry",
                    "valid-polygon",
                    "片区多边形无效：" + describe(error) + (c == null ? "" : "，位置约 (" + c.x + ", " + c.y + ")")));
        } else if (area.getArea() <= 0) {
            problems.add(new RowProblem(0, at + "geometry", "non-empty", "片区面积为零"));
        }
    }

    private static String describe(TopologyValidationError error) {
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "边界自相交";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内洞在外边界之外";
            case TopologyValidationError.NESTED_HOLES -> "内洞嵌套";
            case TopologyValidationError.NESTED_SHELLS -> "多个外边界互相嵌套";
            case TopologyValidationError.RING_NOT_CLOSED -> "边界未闭合";
            case TopologyValidationError.TOO_FEW_POINTS -> "顶点太少";
            default -> error.getMessage();
        };
    }

    private static void checkOverlaps(List<Zone> zones, List<RowProblem> problems) {
        STRtree tree = new STRtree();
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).area() != null) {
                tree.insert(zones.get(i).area().getEnvelopeInternal(), i);
            }
        }
        for (int i = 0; i < zones.size(); i++) {
            Geometry a = zones.get(i).area();
            if (a == null) {
                continue;
            }
            for (Object o : tree.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j > i && a.intersection(zones.get(j).area()).getArea() > OVERLAP_TOLERANCE) {
                    problems.add(new RowProblem(
                            0,
                            "features[" + (i + 1) + "].geometry",
                            "no-overlap",
                            "片区 " + zones.get(i).code() + " 与片区 " + zones.get(j).code() + " 范围重叠"));
                }
            }
        }
    }
}
