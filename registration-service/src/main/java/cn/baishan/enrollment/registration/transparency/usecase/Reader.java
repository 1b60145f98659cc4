package cn.baishan.enrollment.registration.transparency.usecase;

/**
 * Who asks to see what departments were asked about a family: its owning parent; district staff of
 * the application's district; city staff and inspectors.
 */
public record Reader(String userId, boolean parent, boolean districtStaff, String districtCode, boolean cityWide) {}
