package cn.baishan.enrollment.admission.applicants.domain;

/** Where verification left an application, as far as admission is concerned. */
public enum ApplicantStatus {
    /** Submitted, not verified yet, or being checked again after a reopening. */
    PENDING,
    VERIFIED,
    NEEDS_SUPPLEMENT
}
