package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code registration.application}; ID numbers only as ciphertext plus a keyed blind index. */
@Entity
@Table(name = "application")
class ApplicationEntity {

    @Id
    UUID id;

    String ownerId;
    String submittedBy;
    String submittedByUsername;
    boolean assisted;
    String idempotencyKey;
    String requestFingerprint;
    String districtCode;
    int enrollmentYear;
    String stage;
    String childName;
    String childIdType;
    String childIdCipher;
    String childIdIndex;
    LocalDate childBirthDate;
    String childSex;
    String hukouAddress;
    String residenceAddress;
    String propertyAddress;
    String propertyCertificateNumber;
    boolean residencePermitDeclared;
    boolean socialInsuranceDeclared;
    String preferentialGroup;
    String preferentialBasisDocument;
    boolean disabilityDeclared;
    String disabilityCertificateCipher;
    boolean disabilityExpertAssessment;
    String siblingName;
    String siblingSchoolCode;
    String directPromotionSchoolCode;
    String schoolPreferences;
    int supplementRound;
    Instant lastChangeAt;
    String assistedParentPhone;
    String claimCodeCipher;
    String claimCodeIndex;
    Instant claimedAt;
    String status;
    String category;
    String zoneCode;
    String flags;
    Instant submittedAt;
    Instant updatedAt;

    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_guardian", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<GuardianEmbeddable> guardians = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_timeline", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<TimelineEmbeddable> timeline = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_supplement_item", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<SupplementItemEmbeddable> supplementItems = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_check", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<CheckEmbeddable> checks = new ArrayList<>();
}
