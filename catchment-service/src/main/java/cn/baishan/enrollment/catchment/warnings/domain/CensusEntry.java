package cn.baishan.enrollment.catchment.warnings.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;

/** School-age census (学龄人口摸底): how many children of a zone reach the stage in a year. */
public record CensusEntry(String zoneCode, String districtCode, Stage stage, int enrollmentYear, int children) {}
