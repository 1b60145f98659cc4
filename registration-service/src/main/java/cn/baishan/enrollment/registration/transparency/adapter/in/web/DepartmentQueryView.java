package cn.baishan.enrollment.registration.transparency.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** One department query as the family sees it: who was asked, why, about whom (masked), and the masked answer. */
record DepartmentQueryView(
        UUID queryId,
        UUID applicationId,
        long sequence,
        String department,
        String departmentName,
        String purpose,
        Instant queriedAt,
        String subjectRole,
        String subjectRoleLabel,
        String subjectMasked,
        String outcome,
        String outcomeLabel,
        String answerSummary) {}
