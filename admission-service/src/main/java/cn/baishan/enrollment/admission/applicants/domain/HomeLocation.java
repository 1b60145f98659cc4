package cn.baishan.enrollment.admission.applicants.domain;

/** The verified home's position, WGS-84 degrees; only ever used to order schools by distance. */
public record HomeLocation(double lon, double lat) {}
