package cn.baishan.enrollment.registration.applications.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A registration window as a district bureau sets it (ISO-8601 instants, e.g. 2027-07-01T00:00:00+08:00). */
record WindowRequest(@NotNull Instant opensAt, @NotNull Instant closesAt) {}
