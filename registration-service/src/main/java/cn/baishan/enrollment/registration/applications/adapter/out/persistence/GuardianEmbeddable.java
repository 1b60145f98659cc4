package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.Embeddable;

@Embeddable
record GuardianEmbeddable(String name, String relation, String idType, String idCipher, String idIndex, String phone) {}
