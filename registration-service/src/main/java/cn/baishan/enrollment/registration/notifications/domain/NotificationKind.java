package cn.baishan.enrollment.registration.notifications.domain;

/**
 * The steps of an application registration tells the family about. Stored by name; the inbox also
 * holds kinds other services add later (e.g. {@code ADMISSION_NOTICE}), so readers treat the kind as
 * an open set of strings.
 */
public enum NotificationKind {
    SUBMITTED,
    VERIFYING,
    VERIFIED,
    NEEDS_SUPPLEMENT,
    SUPPLEMENTED,
    VERIFICATION_REOPENED,
    DISPUTE_FILED
}
