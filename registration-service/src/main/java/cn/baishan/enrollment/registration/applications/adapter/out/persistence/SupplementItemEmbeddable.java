package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.Embeddable;

@Embeddable
record SupplementItemEmbeddable(String code, String field, String reason, String remedy) {}
