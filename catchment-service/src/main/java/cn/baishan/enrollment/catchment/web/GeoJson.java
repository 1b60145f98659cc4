package cn.baishan.enrollment.catchment.web;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZoneType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON (RFC 7946) FeatureCollections of zones in and out. Each feature's properties: zoneCode,
 * name, districtCode, stage, type (SINGLE/MULTI), schoolCodes; its geometry a Polygon or MultiPolygon
 * in WGS84 [lon, lat]. Structural problems are reported per feature, all at once.
 */
public final class GeoJson {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {}

    public static List<Zone> readZones(JsonMapper json, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new ImportRejectedException(
                    List.of(new RowProblem(0, "zones", "json", "片区文件不是有效的 GeoJSON：" + e.getOriginalMessage())));
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new ImportRejectedException(
                    List.of(new RowProblem(0, "zones", "feature-collection", "片区文件应为 GeoJSON FeatureCollection")));
        }
        List<Zone> zones = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode feature : root.path("features")) {
            n++;
            String at = "features[" + n + "].";
            JsonNode p = feature.path("properties");
            Stage stage = null;
            ZoneType type = null;
            try {
                stage = Stage.valueOf(p.path("stage").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(0, at + "stage", "enum", "学段应为 PRIMARY 或 JUNIOR"));
            }
            try {
                type = ZoneType.valueOf(p.path("type").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(0, at + "type", "enum", "片区类型应为 SINGLE（单校）或 MULTI（多校）"));
            }
            List<String> schools = new ArrayList<>();
            p.path("schoolCodes").forEach(code -> schools.add(code.asString("")));
            Geometry area = null;
            if (!feature.path("geometry").isNull() && !feature.path("geometry").isMissingNode()) {
                try {
                    area = geometry(feature.path("geometry"));
                } catch (IllegalArgumentException e) {
                    problems.add(new RowProblem(0, at + "geometry", "geojson", e.getMessage()));
                }
            }
            zones.add(new Zone(
                    p.path("zoneCode").asString(""),
                    p.path("name").asString(""),
                    p.path("districtCode").asString(""),
                    stage,
                    type,
                    schools,
                    area,
                    List.of()));
        }
        if (n == 0) {
            problems.add(new RowProblem(0, "zones", "not-empty", "片区文件中没有任何片区"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return zones;
    }

    private static Geometry geometry(JsonNode g) {
        String type = g.path("type").asString("");
        JsonNode coordinates = g.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("片区范围应为 Polygon 或 MultiPolygon，而不是 " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("多边形没有坐标");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        List<Coordinate> coords = new ArrayList<>();
        positions.forEach(pos -> {
            if (!pos.isArray()
                    || pos.size() < 2
                    || !pos.get(0).isNumber()
                    || !pos.get(1).isNumber()) {
                throw new IllegalArgumentException("坐标应为 [经度, 纬度] 数字对");
            }
            coords.add(new Coordinate(pos.get(0).asDouble(), pos.get(1).asDouble()));
        });
        if (coords.size() < 4 || !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            throw new IllegalArgumentException("多边形边界应闭合（首尾坐标相同）且至少有4个坐标");
        }
        return GEOMETRY.createLinearRing(coords.toArray(Coordinate[]::new));
    }

    /** A GeoJSON geometry object for a zone's area. */
    public static Map<String, Object> write(Geometry area) {
        Map<String, Object> g = new LinkedHashMap<>();
        if (area instanceof Polygon p) {
            g.put("type", "Polygon");
            g.put("coordinates", rings(p));
        } else if (area instanceof MultiPolygon mp) {
            g.put("type", "MultiPolygon");
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                parts.add(rings((Polygon) mp.getGeometryN(i)));
            }
            g.put("coordinates", parts);
        }
        return g;
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<double[]> positions(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(new double[] {c.x, c.y});
        }
        return out;
    }

    /** Zones as a FeatureCollection: properties with schools and address rules, geometry when drawn. */
    public static Map<String, Object> featureCollection(List<Zone> zones) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put(
                "features",
                zones.stream()
                        .map(z -> {
                            Map<String, Object> f = new LinkedHashMap<>();
                            f.put("type", "Feature");
                            Map<String, Object> props = new LinkedHashMap<>();
                            props.put("zoneCode", z.code());
                            props.put("name", z.name());
                            props.put("districtCode", z.districtCode());
                            props.put("stage", z.stage().name());
                            props.put("type", z.type().name());
                            props.put("schoolCodes", z.schoolCodes());
                            props.put("addressRules", z.rules());
                            f.put("properties", props);
                            f.put("geometry", z.area() == null ? null : write(z.area()));
                            return f;
                        })
                        .toList());
        return fc;
    }
}
