package cn.baishan.enrollment.registration.transparency.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What the family disputes: one query of the application, and what they say is wrong. */
record DisputeRequest(
        @NotNull(message = "请选择要提出异议的查询记录") UUID queryId,
        @NotBlank(message = "请写明您认为哪里有误") @Size(min = 5, max = 500, message = "异议说明应为5至500个字") String statement) {}
