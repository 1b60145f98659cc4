package cn.baishan.enrollment.registration.admission.usecase;

/**
 * Who asks to see an application's admission result: its owning parent; district staff of the
 * application's district; city staff and inspectors (the applications' read rules).
 */
public record Reader(String userId, boolean parent, boolean districtStaff, String districtCode, boolean cityWide) {}
