package cn.baishan.enrollment.catchment.zones.domain.spatial;

import org.locationtech.jts.geom.Geometry;

/** A zone as the index sees it: an id and its area (Polygon or MultiPolygon, holes allowed). */
public record IndexedZone(String zoneId, Geometry polygonal) {}
