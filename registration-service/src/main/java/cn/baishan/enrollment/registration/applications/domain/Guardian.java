package cn.baishan.enrollment.registration.applications.domain;

/** A legal guardian of the child (监护人); the phone is the contact the student-status form asks for. */
public record Guardian(String name, GuardianRelation relation, IdentityDocument document, String phone) {}
