package cn.baishan.enrollment.registration.applications.domain;

import java.time.Instant;

/** One step on the application's status timeline. */
public record TimelineEntry(ApplicationStatus status, Instant at, String note) {}
