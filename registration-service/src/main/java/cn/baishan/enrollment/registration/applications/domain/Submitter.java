package cn.baishan.enrollment.registration.applications.domain;

/** Who pressed submit: the parent, or collection-point staff registering on the parent's behalf. */
public record Submitter(String userId, String username, boolean assisted) {}
