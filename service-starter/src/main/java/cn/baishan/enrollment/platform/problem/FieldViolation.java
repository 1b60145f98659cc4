package cn.baishan.enrollment.platform.problem;

/**
 * One rejected input: the JSON path of the field ({@code child.idNumber}), the rule it broke
 * ({@code check-digit}), and a message for the parent in Chinese.
 */
public record FieldViolation(String field, String rule, String message) {}
