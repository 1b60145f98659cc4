package cn.baishan.enrollment.registration.applications.domain;

/** One item of the consolidated supplement list (一次性告知): what is wrong and what would fix it. */
public record SupplementItem(String code, String field, String reason, String remedy) {}
