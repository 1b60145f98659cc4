package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code verification.verification}. The declared subject (names, ID numbers, address) is kept
 * only as one AES-GCM ciphertext: it is needed again for retries and nowhere else. Checks and the
 * supplement list are stored as JSON (their evidence is masked already).
 */
@Entity
@Table(name = "verification")
class VerificationEntity {

    @Id
    UUID id;

    UUID applicationId;
    String districtCode;
    String subjectCipher;
    String childIdIndex;
    Instant openedAt;
    String correlationId;
    String status;
    int attempts;
    Instant nextAttemptAt;
    String verdict;
    String category;
    String checksJson;
    String supplementItemsJson;
    String zoneCode;
    String zoneSchoolCodes;
    String flags;
    Double homeLon;
    Double homeLat;
    Instant escalatedAt;
    String decidedBy;
    String facts;
    String reviewReason;
    String answersCipher;
    String askAgain;
    Instant completedAt;
    Instant reopenedAt;
    String reopenTrigger;
    String reopenReason;
    int reopenCount;
    Instant answerArrivedAt;

    @Version
    long version;
}
