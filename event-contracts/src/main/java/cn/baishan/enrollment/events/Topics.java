package cn.baishan.enrollment.events;

/**
 * Kafka topic names. Each topic is owned by the service that produces it, carries one aggregate
 * type, is keyed by that aggregate's id, and has its schema version in the name: a breaking change
 * gets a new topic, never a silent change of an old one.
 */
public final class Topics {

    /**
     * Owned by registration-service; key = application id;
     * {@link cn.baishan.enrollment.events.registration.ApplicationSubmitted},
     * {@link cn.baishan.enrollment.events.registration.ApplicationSupplemented},
     * {@link cn.baishan.enrollment.events.registration.RecordDisputed} and
     * {@link cn.baishan.enrollment.events.registration.AppealFiled}.
     */
    public static final String REGISTRATION_APPLICATIONS = "registration.applications.v1";

    /**
     * Owned by verification-service; key = application id;
     * {@link cn.baishan.enrollment.events.verification.VerificationStarted},
     * {@link cn.baishan.enrollment.events.verification.VerificationCompleted} and
     * {@link cn.baishan.enrollment.events.verification.VerificationReopened}, told apart by the
     * {@code event-type} header.
     */
    public static final String VERIFICATION_VERIFICATIONS = "verification.verifications.v1";

    /**
     * Owned by verification-service; key = application id;
     * {@link cn.baishan.enrollment.events.verification.PartnerQueryRecorded}, masked: what the family may see.
     */
    public static final String VERIFICATION_PARTNER_QUERIES = "verification.partner-queries.v1";

    /** Owned by catchment-service; key = plan id; {@link cn.baishan.enrollment.events.catchment.ZonePlanPublished}. */
    public static final String CATCHMENT_ZONE_PLANS = "catchment.zone-plans.v1";

    /**
     * Owned by catchment-service; key = warning id;
     * {@link cn.baishan.enrollment.events.catchment.SeatWarningIssued} and
     * {@link cn.baishan.enrollment.events.catchment.SeatWarningLifted}.
     */
    public static final String CATCHMENT_SEAT_WARNINGS = "catchment.seat-warnings.v1";

    /**
     * Owned by admission-service; key = application id;
     * {@link cn.baishan.enrollment.events.admission.AdmissionNoticeIssued} and
     * {@link cn.baishan.enrollment.events.admission.AppealDecided}.
     */
    public static final String ADMISSION_RESULTS = "admission.results.v1";

    private Topics() {}
}
