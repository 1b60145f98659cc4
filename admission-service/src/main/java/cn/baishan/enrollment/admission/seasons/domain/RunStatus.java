package cn.baishan.enrollment.admission.seasons.domain;

/** {@code CHECKED}: the invariant checker found nothing; {@code BLOCKED}: at least one violation, never publishable. */
public enum RunStatus {
    CHECKED,
    BLOCKED
}
