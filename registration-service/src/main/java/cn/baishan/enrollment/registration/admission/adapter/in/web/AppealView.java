package cn.baishan.enrollment.registration.admission.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A family's appeal and, once decided, the decision with its reason. */
record AppealView(
        UUID id,
        UUID applicationId,
        UUID noticeId,
        String statement,
        String status,
        String statusLabel,
        Instant filedAt,
        String decisionReason,
        String decisionSchoolCode,
        Instant decidedAt) {}
