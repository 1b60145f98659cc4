package cn.baishan.enrollment.registration.applications.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A parent claiming an assisted application: the printed code and the child's ID number. */
record ClaimRequest(@NotBlank @Size(max = 20) String claimCode, @NotBlank @Size(max = 20) String childIdNumber) {}
