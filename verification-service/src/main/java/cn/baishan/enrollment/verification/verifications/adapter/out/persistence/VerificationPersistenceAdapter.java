package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.verification.verifications.domain.Check;
import cn.baishan.enrollment.verification.verifications.domain.Coordinates;
import cn.baishan.enrollment.verification.verifications.domain.Fact;
import cn.baishan.enrollment.verification.verifications.domain.ReviewReason;
import cn.baishan.enrollment.verification.verifications.domain.Subject;
import cn.baishan.enrollment.verification.verifications.domain.SupplementItem;
import cn.baishan.enrollment.verification.verifications.domain.Verdict;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.domain.VerificationStatus;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class VerificationPersistenceAdapter implements VerificationRepository {

    private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {};
    private static final TypeReference<List<SupplementItem>> ITEMS = new TypeReference<>() {};

    private final VerificationJpaRepository rows;
    private final IdNumberVault vault;
    private final JsonMapper json;
    private final AnswersJson answersJson;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    VerificationPersistenceAdapter(
            VerificationJpaRepository rows,
            IdNumberVault vault,
            JsonMapper json,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.rows = rows;
        this.vault = vault;
        this.json = json;
        this.answersJson = new AnswersJson(json);
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Verification> findByApplication(UUID applicationId) {
        return rows.findByApplicationId(applicationId).map(this::toDomain);
    }

    @Override
    public Optional<Verification> load(UUID id) {
        return rows.findById(id).map(this::toDomain);
    }

    @Override
    public void insert(Verification verification) {
        VerificationEntity row = new VerificationEntity();
        row.id = verification.id();
        row.applicationId = verification.applicationId();
        row.districtCode = verification.subject().districtCode();
        row.subjectCipher = vault.encrypt(json.writeValueAsString(verification.subject()));
        row.childIdIndex = vault.blindIndex(verification.subject().child().idNumber());
        row.openedAt = verification.openedAt();
        row.correlationId = verification.correlationId();
        copyState(verification, row);
        rows.saveAndFlush(row);
        indexGuardians(verification);
    }

    /** So a department's change notice about a guardian finds the verification (see V5__partner_api.sql). */
    private void indexGuardians(Verification verification) {
        verification.subject().guardians().stream()
                .filter(g -> g.idNumber() != null && !g.idNumber().isBlank())
                .map(g -> vault.blindIndex(g.idNumber()))
                .distinct()
                .forEach(index -> jdbc.sql(
                                "insert into verification_guardian_index (verification_id, id_index) values (:v, :i)")
                        .param("v", verification.id())
                        .param("i", index)
                        .update());
    }

    @Override
    public void update(Verification verification) {
        VerificationEntity row = rows.findById(verification.id()).orElseThrow();
        copyState(verification, row);
        rows.save(row);
    }

    @Override
    public List<Verification> reviewQueue(String districtCode) {
        return rows.reviewQueue(districtCode).stream().map(this::toDomain).toList();
    }

    @Override
    public List<UUID> claimDue(Instant now, Duration lease, int limit) {
        List<UUID> due = rows.lockDue(now, limit);
        if (!due.isEmpty()) {
            rows.lease(due, now.plus(lease));
        }
        return due;
    }

    private void copyState(Verification v, VerificationEntity row) {
        // a supplement round corrects the declaration: the subject is part of the state
        row.subjectCipher = vault.encrypt(json.writeValueAsString(v.subject()));
        row.status = v.status().name();
        row.attempts = v.attempts();
        row.nextAttemptAt = v.nextAttemptAt();
        row.verdict = v.verdict() == null ? null : v.verdict().name();
        row.category = v.category();
        row.checksJson = json.writeValueAsString(v.checks());
        row.supplementItemsJson = json.writeValueAsString(v.supplementItems());
        row.completedAt = v.completedAt();
        row.zoneCode = v.zoneCode();
        row.zoneSchoolCodes = String.join(",", v.zoneSchoolCodes());
        row.flags = String.join(",", v.flags());
        row.homeLon = v.homeLocation() == null ? null : v.homeLocation().lon();
        row.homeLat = v.homeLocation() == null ? null : v.homeLocation().lat();
        row.escalatedAt = v.escalatedAt();
        row.decidedBy = v.decidedBy();
        row.reopenedAt = v.reopenedAt();
        row.reopenTrigger = v.reopenTrigger();
        row.reopenReason = v.reopenReason();
        row.reopenCount = v.reopenCount();
        row.answerArrivedAt = v.answerArrivedAt();
        row.facts = v.facts().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        row.reviewReason = v.reviewReason() == null ? null : v.reviewReason().name();
        row.answersCipher = v.lastAnswers() == null ? null : vault.encrypt(answersJson.write(v.lastAnswers()));
        row.askAgain = v.departmentsToAskAgain() == null ? null : String.join(",", v.departmentsToAskAgain());
    }

    private Verification toDomain(VerificationEntity row) {
        return Verification.restore(
                        row.id,
                        row.applicationId,
                        json.readValue(vault.decrypt(row.subjectCipher), Subject.class),
                        row.openedAt,
                        row.correlationId,
                        VerificationStatus.valueOf(row.status),
                        row.attempts,
                        row.nextAttemptAt,
                        row.verdict == null ? null : Verdict.valueOf(row.verdict),
                        row.category,
                        json.readValue(row.checksJson, CHECKS),
                        json.readValue(row.supplementItemsJson, ITEMS),
                        row.completedAt)
                .withZone(row.zoneCode, split(row.zoneSchoolCodes), split(row.flags))
                .withHomeLocation(
                        row.homeLon == null || row.homeLat == null ? null : new Coordinates(row.homeLon, row.homeLat))
                .withReview(row.escalatedAt, row.decidedBy)
                .withReopening(
                        row.reopenedAt, row.reopenTrigger, row.reopenReason, row.reopenCount, row.answerArrivedAt)
                .withFacts(
                        split(row.facts).stream().map(Fact::valueOf).collect(Collectors.toSet()),
                        row.reviewReason == null ? null : ReviewReason.valueOf(row.reviewReason))
                .withAnswers(
                        row.answersCipher == null ? null : answersJson.read(vault.decrypt(row.answersCipher)),
                        row.askAgain == null ? null : Set.copyOf(split(row.askAgain)));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
