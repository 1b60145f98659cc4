package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses an address-rule sheet: columns zoneCode, street, community, compound (a compound rule) or
 * road, numberFrom, numberTo, parity (a road rule), builtYear, and optionally lon, lat (WGS84, inside
 * Baishan; both or neither) where the compound or stretch lies. Every problem in every row is reported.
 */
public final class AddressRuleRows {

    private AddressRuleRows() {}

    public record Result(Map<String, List<AddressRule>> byZone, List<RowProblem> problems) {}

    public static Result parse(List<Map<String, String>> rows, Set<String> zoneCodes) {
        Map<String, List<AddressRule>> byZone = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.get(i);
            String zone = text(r, "zoneCode");
            if (!zoneCodes.contains(zone)) {
                problems.add(new RowProblem(row, "zoneCode", "known-zone", "片区代码 " + zone + " 不在本次导入的片区中"));
                continue;
            }
            int before = problems.size();
            AddressRule rule = rule(row, r, problems);
            GeoPoint location = location(row, r, problems);
            if (rule != null && problems.size() == before) {
                byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(rule.at(location));
            }
        }
        return new Result(byZone, problems);
    }

    private static AddressRule rule(int row, Map<String, String> r, List<RowProblem> problems) {
        String compound = text(r, "compound");
        String road = text(r, "road");
        if (!compound.isEmpty() && road.isEmpty()) {
            Integer built = null;
            String builtYear = text(r, "builtYear");
            if (!builtYear.isEmpty()) {
                try {
                    built = Integer.parseInt(builtYear);
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row, "builtYear", "number", "建成年份应为四位年份"));
                    return null;
                }
            }
            return AddressRule.compound(text(r, "street"), text(r, "community"), compound, built);
        }
        if (!road.isEmpty() && compound.isEmpty()) {
            try {
                int from = Integer.parseInt(text(r, "numberFrom"));
                int to = Integer.parseInt(text(r, "numberTo"));
                String parityText = text(r, "parity");
                Parity parity = parityText.isEmpty() ? Parity.ALL : Parity.valueOf(parityText);
                if (from < 1 || to < from) {
                    problems.add(new RowProblem(row, "numberTo", "range", "门牌号范围不正确"));
                    return null;
                }
                return AddressRule.road(road, from, to, parity);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, "numberFrom", "number", "门牌号应为整数，单双号应为 ALL / ODD / EVEN"));
                return null;
            }
        }
        problems.add(new RowProblem(row, "compound", "compound-or-road", "每行须填写小区，或填写道路及门牌号范围（二者选一）"));
        return null;
    }

    private static GeoPoint location(int row, Map<String, String> r, List<RowProblem> problems) {
        String lon = text(r, "lon");
        String lat = text(r, "lat");
        if (lon.isEmpty() && lat.isEmpty()) {
            return null;
        }
        if (lon.isEmpty() || lat.isEmpty()) {
            problems.add(new RowProblem(row, lon.isEmpty() ? "lon" : "lat", "both-coordinates", "经度、纬度须同时填写，或都不填"));
            return null;
        }
        double x;
        double y;
        try {
            x = Double.parseDouble(lon);
            y = Double.parseDouble(lat);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row, "lon", "number", "经度、纬度应为数字（WGS84）"));
            return null;
        }
        // swapped coordinates are the usual mistake: a latitude of 126 is not even WGS84, say so the same way
        boolean wgs84 = x >= -180 && x <= 180 && y >= -90 && y <= 90;
        if (!wgs84 || !new GeoPoint(x, y).inBaishan()) {
            problems.add(new RowProblem(row, "lon", "in-baishan", "坐标不在白山市范围内（经纬度是否写反？）"));
            return null;
        }
        return new GeoPoint(x, y);
    }

    private static String text(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }
}
