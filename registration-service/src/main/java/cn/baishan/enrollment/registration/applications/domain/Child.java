package cn.baishan.enrollment.registration.applications.domain;

import java.time.LocalDate;

/**
 * The child applying. For a resident ID, birth date and sex come from the number; for other
 * documents they are declared and checked by district staff.
 */
public record Child(String name, IdentityDocument document, LocalDate birthDate, Sex sex) {}
