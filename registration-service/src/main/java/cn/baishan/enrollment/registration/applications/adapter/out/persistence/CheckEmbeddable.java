package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.Embeddable;

@Embeddable
record CheckEmbeddable(String source, String outcome, String evidence) {}
