package cn.baishan.enrollment.admission.seasons.domain;

/** An application of the season left out of the frozen input, with why (Chinese). */
public record ExcludedApplication(String publicId, String status, String reason) {}
