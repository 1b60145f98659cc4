package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ApplicationStatus;
import cn.baishan.enrollment.registration.applications.domain.Child;
import cn.baishan.enrollment.registration.applications.domain.Claims;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.applications.domain.GuardianRelation;
import cn.baishan.enrollment.registration.applications.domain.IdType;
import cn.baishan.enrollment.registration.applications.domain.IdentityDocument;
import cn.baishan.enrollment.registration.applications.domain.PreferentialGroup;
import cn.baishan.enrollment.registration.applications.domain.Sex;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class ApplicationPersistenceAdapter implements ApplicationRepository {

    private final ApplicationJpaRepository rows;
    private final ApplicationRecordMapper mapper;
    private final IdNumberVault vault;
    private final Clock clock;

    ApplicationPersistenceAdapter(
            ApplicationJpaRepository rows, ApplicationRecordMapper mapper, IdNumberVault vault, Clock clock) {
        this.rows = rows;
        this.mapper = mapper;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public Optional<Application> load(UUID id) {
        return rows.findById(id).map(this::toDomain);
    }

    @Override
    public List<Application> listByOwner(String ownerId) {
        return rows.findByOwnerIdOrderBySubmittedAtDesc(ownerId).stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public Optional<KeyedApplication> findByIdempotencyKey(String ownerId, String idempotencyKey) {
        return rows.findByOwnerIdAndIdempotencyKey(ownerId, idempotencyKey)
                .map(row -> new KeyedApplication(
                        toDomain(row),
                        row.requestFingerprint,
                        row.claimCodeCipher == null ? null : vault.decrypt(row.claimCodeCipher)));
    }

    @Override
    public void insertAssisted(
            Application application, String idempotencyKey, String requestFingerprint, AssistedContact contact) {
        insert(application, idempotencyKey, requestFingerprint, row -> {
            row.assistedParentPhone = contact.parentPhone();
            row.claimCodeCipher = vault.encrypt(contact.claimCode());
            row.claimCodeIndex = vault.blindIndex(contact.claimCode());
        });
    }

    @Override
    public Optional<Application> findClaimable(String claimCode, String childIdNumber) {
        return rows.findByClaimCodeIndexAndChildIdIndex(vault.blindIndex(claimCode), vault.blindIndex(childIdNumber))
                .map(this::toDomain)
                .filter(Application::isPendingOwner);
    }

    @Override
    public List<AssistedApplication> listAssisted(String districtCode) {
        return rows.findByAssistedTrueAndDistrictCodeOrderBySubmittedAtDesc(districtCode).stream()
                .map(row -> new AssistedApplication(toDomain(row), row.assistedParentPhone, row.claimedAt))
                .toList();
    }

    @Override
    public void insert(Application application, String idempotencyKey, String requestFingerprint) {
        insert(application, idempotencyKey, requestFingerprint, row -> {});
    }

    private void insert(
            Application application,
            String idempotencyKey,
            String requestFingerprint,
            Consumer<ApplicationEntity> extra) {
        ApplicationEntity row = new ApplicationEntity();
        row.id = application.getId();
        row.ownerId = application.getOwnerId();
        row.submittedBy = application.getSubmitter().userId();
        row.submittedByUsername = application.getSubmitter().username();
        row.assisted = application.getSubmitter().assisted();
        row.idempotencyKey = idempotencyKey;
        row.requestFingerprint = requestFingerprint;
        row.districtCode = application.getDistrictCode();
        row.enrollmentYear = application.getEnrollmentYear();
        row.stage = application.getStage().name();
        row.submittedAt = application.getSubmittedAt();
        copyForm(application, row);
        extra.accept(row);
        copyState(application, row);
        try {
            rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw new AlreadyExists(
                    String.valueOf(e.getMostSpecificCause().getMessage()).contains("application_owner_key")
                            ? AlreadyExists.Rule.IDEMPOTENCY_KEY
                            : AlreadyExists.Rule.ACTIVE_APPLICATION_PER_CHILD,
                    e);
        }
    }

    @Override
    public void update(Application application) {
        ApplicationEntity row = rows.findById(application.getId())
                .orElseThrow(() -> new IllegalStateException("no application " + application.getId()));
        if (!application.getOwnerId().equals(row.ownerId)) {
            // claimed by the parent: the one-time code is spent
            row.ownerId = application.getOwnerId();
            row.claimCodeCipher = null;
            row.claimCodeIndex = null;
            row.claimedAt = clock.instant();
        }
        copyForm(application, row);
        copyState(application, row);
        try {
            rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            // a supplement corrected the child's ID number to one that already has an application
            throw new AlreadyExists(AlreadyExists.Rule.ACTIVE_APPLICATION_PER_CHILD, e);
        }
    }

    /** The declaration: child, guardians, hukou address and claims (changed by a supplement). */
    private void copyForm(Application application, ApplicationEntity row) {
        Child child = application.getChild();
        row.childName = child.name();
        row.childIdType = child.document().type().name();
        row.childIdCipher = vault.encrypt(child.document().number());
        row.childIdIndex = vault.blindIndex(child.document().number());
        row.childBirthDate = child.birthDate();
        row.childSex = child.sex() == null ? null : child.sex().name();
        row.hukouAddress = application.getHukouAddress();
        row.guardians = new ArrayList<>(application.getGuardians().stream()
                .map(g -> new GuardianEmbeddable(
                        g.name(),
                        g.relation().name(),
                        g.document().type().name(),
                        vault.encrypt(g.document().number()),
                        vault.blindIndex(g.document().number()),
                        g.phone()))
                .toList());
        Claims claims = application.getClaims();
        row.residenceAddress = claims.residenceAddress();
        row.propertyAddress =
                claims.property() == null ? null : claims.property().address();
        row.propertyCertificateNumber =
                claims.property() == null ? null : claims.property().certificateNumber();
        row.residencePermitDeclared = claims.residencePermitDeclared();
        row.socialInsuranceDeclared = claims.socialInsuranceDeclared();
        row.preferentialGroup = claims.preferentialGroup() == null
                ? null
                : claims.preferentialGroup().group().name();
        row.preferentialBasisDocument = claims.preferentialGroup() == null
                ? null
                : claims.preferentialGroup().basisDocument();
        row.disabilityDeclared = claims.disability() != null;
        row.disabilityCertificateCipher =
                claims.disability() == null || claims.disability().certificateNumber() == null
                        ? null
                        : vault.encrypt(claims.disability().certificateNumber());
        row.disabilityExpertAssessment =
                claims.disability() != null && claims.disability().expertAssessmentRequested();
        row.siblingName =
                claims.olderSibling() == null ? null : claims.olderSibling().name();
        row.siblingSchoolCode =
                claims.olderSibling() == null ? null : claims.olderSibling().schoolCode();
        row.directPromotionSchoolCode = claims.directPromotionPrimarySchoolCode();
        row.schoolPreferences = String.join(",", claims.schoolPreferences());
    }

    private void copyState(Application application, ApplicationEntity row) {
        row.status = application.getStatus().name();
        row.category = application.getCategory();
        row.zoneCode = application.getZoneCode();
        row.flags = String.join(",", application.getFlags());
        row.supplementRound = application.getSupplementRound();
        row.lastChangeAt = application.getLastChangeAt();
        row.updatedAt = clock.instant();
        row.timeline = new ArrayList<>(mapper.timelineRows(application.getTimeline()));
        row.supplementItems = new ArrayList<>(mapper.supplementRows(application.getSupplementItems()));
        row.checks = new ArrayList<>(mapper.checkRows(application.getChecks()));
    }

    private Application toDomain(ApplicationEntity row) {
        IdType childIdType = IdType.valueOf(row.childIdType);
        return Application.restore()
                .id(row.id)
                .ownerId(row.ownerId)
                .submitter(new Submitter(row.submittedBy, row.submittedByUsername, row.assisted))
                .districtCode(row.districtCode)
                .enrollmentYear(row.enrollmentYear)
                .stage(Stage.valueOf(row.stage))
                .child(new Child(
                        row.childName,
                        new IdentityDocument(childIdType, vault.decrypt(row.childIdCipher)),
                        row.childBirthDate,
                        row.childSex == null ? null : Sex.valueOf(row.childSex)))
                .guardians(row.guardians.stream()
                        .map(g -> new Guardian(
                                g.name(),
                                GuardianRelation.valueOf(g.relation()),
                                new IdentityDocument(IdType.valueOf(g.idType()), vault.decrypt(g.idCipher())),
                                g.phone()))
                        .toList())
                .hukouAddress(row.hukouAddress)
                .claims(claims(row))
                .supplementRound(row.supplementRound)
                .lastChangeAt(row.lastChangeAt)
                .submittedAt(row.submittedAt)
                .status(ApplicationStatus.valueOf(row.status))
                .category(row.category)
                .zoneCode(row.zoneCode)
                .flags(split(row.flags))
                .timeline(mapper.timeline(row.timeline))
                .supplementItems(mapper.supplementItems(row.supplementItems))
                .checks(mapper.checks(row.checks))
                .build();
    }

    private Claims claims(ApplicationEntity row) {
        return new Claims(
                row.residenceAddress,
                row.propertyAddress == null
                        ? null
                        : new Claims.PropertyClaim(row.propertyAddress, row.propertyCertificateNumber),
                row.residencePermitDeclared,
                row.socialInsuranceDeclared,
                row.preferentialGroup == null
                        ? null
                        : new Claims.PreferentialClaim(
                                PreferentialGroup.valueOf(row.preferentialGroup), row.preferentialBasisDocument),
                row.disabilityDeclared
                        ? new Claims.DisabilityClaim(
                                row.disabilityCertificateCipher == null
                                        ? null
                                        : vault.decrypt(row.disabilityCertificateCipher),
                                row.disabilityExpertAssessment)
                        : null,
                row.siblingName == null ? null : new Claims.SiblingClaim(row.siblingName, row.siblingSchoolCode),
                row.directPromotionSchoolCode,
                split(row.schoolPreferences));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
