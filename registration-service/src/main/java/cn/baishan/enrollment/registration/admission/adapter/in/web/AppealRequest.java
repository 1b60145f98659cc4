package cn.baishan.enrollment.registration.admission.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the family says is wrong with the admission result. */
record AppealRequest(@NotBlank(message = "请写明申诉理由") @Size(max = 500, message = "申诉理由最多500个字") String statement) {}
