package cn.baishan.enrollment.admission.applicants.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import cn.baishan.enrollment.admission.applicants.domain.Claims;
import cn.baishan.enrollment.admission.applicants.domain.Verdict;
import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import cn.baishan.enrollment.admission.applicants.usecase.RecordApplicationUseCase.SubmittedApplication;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import cn.baishan.enrollment.admission.applicants.usecase.port.EarlyVerificationNews;
import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admission's copy of applications, with the repository and the early-news store faked at their ports. */
class RecordingApplicationsTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant T = Instant.parse("2027-05-01T00:00:00Z");

    final Map<UUID, ApplicantFile> stored = new HashMap<>();
    final List<VerificationNews> early = new ArrayList<>();
    final List<UUID> locked = new ArrayList<>();
    final IdNumberVault vault = new IdNumberVault(new byte[32], "index-key-for-tests-only-32bytes".getBytes());

    final RecordingApplications recording = new RecordingApplications(
            new ApplicantRepository() {
                @Override
                public void lock(UUID applicationId) {
                    locked.add(applicationId);
                }

                @Override
                public void save(ApplicantFile applicant) {
                    stored.put(applicant.applicationId(), applicant);
                }

                @Override
                public Optional<ApplicantFile> find(UUID applicationId) {
                    return Optional.ofNullable(stored.get(applicationId));
                }

                @Override
                public Optional<ApplicantFile> findByPublicId(String publicId) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public List<ApplicantFile> list(String d, Integer y, String s, ApplicantStatus st) {
                    throw new UnsupportedOperationException();
                }
            },
            new EarlyVerificationNews() {
                @Override
                public void keep(UUID eventId, VerificationNews news) {
                    early.add(news);
                }

                @Override
                public List<VerificationNews> takeAll(UUID applicationId) {
                    List<VerificationNews> mine = early.stream()
                            .filter(n -> n.applicationId().equals(applicationId))
                            .sorted(Comparator.comparing(VerificationNews::occurredAt))
                            .toList();
                    early.removeAll(mine);
                    return mine;
                }
            },
            vault);

    @Test
    void newsBeforeTheSubmissionIsKeptThenAppliedOldestFirst() {
        recording.verification(UUID.randomUUID(), new VerificationNews.Reopened(ID, T.plusSeconds(2), "变更"));
        recording.verification(UUID.randomUUID(), completed(T.plusSeconds(1)));
        assertThat(stored).isEmpty();
        assertThat(early).hasSize(2);

        recording.submitted(application("220602202103150020"));

        assertThat(stored.get(ID).status()).isEqualTo(ApplicantStatus.PENDING);
        assertThat(stored.get(ID).verdict().category()).isEqualTo("HUKOU_ONLY");
        assertThat(early).isEmpty();
    }

    @Test
    void everyRecordingHoldsTheApplicationsLockSoTheTwoConsumersNeverInterleave() {
        recording.verification(UUID.randomUUID(), completed(T.plusSeconds(1)));
        recording.submitted(application("220602202103150020"));
        recording.supplemented(application("220602202103150020"));

        assertThat(locked).containsExactly(ID, ID, ID);
    }

    @Test
    void theChildIsKeptAsABlindIndexAndASex() {
        recording.submitted(application("220602202103150020"));

        ApplicantFile file = stored.get(ID);
        assertThat(file.childKey())
                .isEqualTo(vault.blindIndex("220602202103150020"))
                .hasSize(64);
        assertThat(file.sex()).isEqualTo("F");
        assertThat(file.toString()).doesNotContain("220602202103150020");
    }

    @Test
    void aSecondSubmissionOfAKnownApplicationChangesNothing() {
        recording.submitted(application("220602202103150020"));
        recording.verification(UUID.randomUUID(), completed(T.plusSeconds(5)));
        ApplicantFile verified = stored.get(ID);

        recording.submitted(application("220602202103150012"));

        assertThat(stored.get(ID)).isEqualTo(verified);
    }

    @Test
    void anApplicationWithoutAChildIdNumberIsMalformed() {
        assertThatThrownBy(() -> recording.submitted(application(null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }

    static SubmittedApplication application(String idNumber) {
        return new SubmittedApplication(
                ID, "220602", 2027, "PRIMARY_GRADE_1", "张子涵", "RESIDENT_ID", idNumber, Claims.NONE, T);
    }

    static VerificationNews.Completed completed(Instant at) {
        return new VerificationNews.Completed(
                ID, at, new Verdict(true, "HUKOU_ONLY", List.of(), "220602-P-01", List.of(), List.of(), null));
    }
}
