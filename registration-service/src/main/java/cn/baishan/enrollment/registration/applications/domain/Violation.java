package cn.baishan.enrollment.registration.applications.domain;

/** One rule an input broke: the field's path, a stable rule id and a message for the parent. */
public record Violation(String field, String rule, String message) {}
