package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.Embeddable;
import java.time.Instant;

@Embeddable
record TimelineEmbeddable(String status, Instant at, String note) {}
