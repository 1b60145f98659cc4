package cn.baishan.enrollment.registration.transparency.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A dispute of one recorded answer, with that answer as recorded (masked): the evidence. */
record DisputeView(
        UUID id,
        UUID applicationId,
        UUID queryId,
        String department,
        String departmentName,
        String statement,
        String status,
        String statusLabel,
        Instant filedAt,
        DepartmentQueryView disputedQuery) {}
