package cn.baishan.enrollment.catchment.guides.domain;

import java.time.LocalDate;

/** One date of the enrollment timeline (报名、审核、摇号、录取公布、报到…). */
public record Milestone(LocalDate date, String title) {}
