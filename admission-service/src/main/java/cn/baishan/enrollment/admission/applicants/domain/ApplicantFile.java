package cn.baishan.enrollment.admission.applicants.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything admission keeps about one application: who (masked name, blind index of the child's ID
 * number, sex — never the number itself), the claims allocation needs, verification's latest verdict and
 * the expert committee's placement. Immutable; each change returns the new state.
 *
 * @param stage {@code PRIMARY} or {@code JUNIOR}
 * @param verdict the latest verdict applied, or null before the first
 * @param verificationAt when verification produced the latest news applied (verdict or reopening): older
 *     news arriving later is ignored
 * @param placement the committee's placement, or null
 */
public record ApplicantFile(
        UUID applicationId,
        String publicId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String maskedName,
        String childKey,
        String sex,
        Claims claims,
        ApplicantStatus status,
        Verdict verdict,
        Instant verificationAt,
        DisabilityPlacement placement,
        Instant submittedAt) {

    public ApplicantFile {
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(publicId);
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(childKey);
        Objects.requireNonNull(claims);
        Objects.requireNonNull(status);
        Objects.requireNonNull(submittedAt);
    }

    /**
     * A new application. The caller passes the child's ID number only to derive what is kept from it.
     *
     * @param registrationStage {@code PRIMARY_GRADE_1} / {@code JUNIOR_GRADE_7} (or already PRIMARY / JUNIOR)
     * @param childKey the keyed blind index of the child's ID number
     */
    public static ApplicantFile submitted(
            UUID applicationId,
            String districtCode,
            int enrollmentYear,
            String registrationStage,
            String childName,
            String childIdType,
            String childIdNumber,
            String childKey,
            Claims claims,
            Instant submittedAt) {
        String stage = registrationStage != null && registrationStage.startsWith("JUNIOR") ? "JUNIOR" : "PRIMARY";
        return new ApplicantFile(
                applicationId,
                PublicIds.of(applicationId, enrollmentYear, stage),
                districtCode,
                enrollmentYear,
                stage,
                Masking.name(childName),
                childKey,
                ResidentIds.sex(childIdType, childIdNumber),
                claims,
                ApplicantStatus.PENDING,
                null,
                null,
                null,
                submittedAt);
    }

    /** The family resubmitted (supplement round): the child and claims as they now stand. */
    public ApplicantFile supplemented(
            String childName, String childIdType, String childIdNumber, String childKey, Claims claims) {
        return new ApplicantFile(
                applicationId,
                publicId,
                districtCode,
                enrollmentYear,
                stage,
                Masking.name(childName),
                childKey,
                ResidentIds.sex(childIdType, childIdNumber),
                claims,
                status,
                verdict,
                verificationAt,
                placement,
                submittedAt);
    }

    /**
     * Applies verification's news unless newer news has been applied already (the verification topic and
     * its replays may deliver out of order). Returns this unchanged for stale news.
     */
    public ApplicantFile apply(VerificationNews news) {
        if (!news.applicationId().equals(applicationId)) {
            throw new IllegalArgumentException("news for another application");
        }
        if (verificationAt != null && news.occurredAt().isBefore(verificationAt)) {
            return this;
        }
        if (news instanceof VerificationNews.Completed c) {
            return with(
                    c.verdict().verified() ? ApplicantStatus.VERIFIED : ApplicantStatus.NEEDS_SUPPLEMENT,
                    c.verdict(),
                    c.occurredAt(),
                    placement);
        }
        return with(ApplicantStatus.PENDING, verdict, news.occurredAt(), placement);
    }

    /** Records the expert committee's placement; only for an application that declared a disability. */
    public ApplicantFile place(DisabilityPlacement decision) {
        if (!claims.disabilityDeclared()) {
            throw new NoDisabilityDeclaredException(applicationId);
        }
        return with(status, verdict, verificationAt, decision);
    }

    /** Special needs for class balancing: a declared disability, or a committee placement. */
    public boolean specialNeeds() {
        return claims.disabilityDeclared() || placement != null;
    }

    public Applicant toApplicant() {
        return new Applicant(
                applicationId,
                publicId,
                districtCode,
                enrollmentYear,
                stage,
                maskedName,
                childKey,
                sex,
                specialNeeds(),
                status.name());
    }

    private ApplicantFile with(ApplicantStatus s, Verdict v, Instant at, DisabilityPlacement p) {
        return new ApplicantFile(
                applicationId,
                publicId,
                districtCode,
                enrollmentYear,
                stage,
                maskedName,
                childKey,
                sex,
                claims,
                s,
                v,
                at,
                p,
                submittedAt);
    }

    /** The committee places only children whose families declared a disability. */
    public static class NoDisabilityDeclaredException extends RuntimeException {
        public NoDisabilityDeclaredException(UUID applicationId) {
            super("application " + applicationId + " declared no disability");
        }
    }
}
