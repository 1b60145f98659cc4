package cn.baishan.enrollment.verification.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:02:03.123456Z");

    /** A chain of {@code n} entries as the log would append them, and the head stored beside it. */
    record Log(List<AuditEntry> entries, ChainHead head) {}

    static Log chainOf(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 0; i < n; i++) {
            AuditEntry e = AuditEntry.chain(head, query(i));
            entries.add(e);
            head = e.asHead();
        }
        return new Log(entries, head);
    }

    static AuditedQuery query(int i) {
        return new AuditedQuery(
                UUID.nameUUIDFromBytes(("q" + i).getBytes()),
                T0.plusSeconds(i),
                Department.values()[i % 4],
                Department.values()[i % 4].purpose(),
                "verification-service",
                UUID.nameUUIDFromBytes(("a" + i / 2).getBytes()),
                "220602",
                i % 2 == 0 ? SubjectRole.CHILD : SubjectRole.GUARDIAN,
                "index-" + i,
                "2206**********0020",
                i % 3 == 0 ? Outcome.UNAVAILABLE : Outcome.ANSWERED,
                i % 3 == 0 ? null : Sha256.hex("answer " + i),
                "户籍在册：吉林省白山市浑江区红旗街道***");
    }

    static ChainReport verify(List<AuditEntry> entries, ChainHead head) {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditEntry e : entries) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(head);
    }

    @Test
    void anIntactChainVerifiesWithEveryEntryChecked() {
        Log log = chainOf(7);

        ChainReport report = verify(log.entries(), log.head());

        assertThat(report.intact()).isTrue();
        assertThat(report.checkedEntries()).isEqualTo(7);
        assertThat(report.firstBroken()).isEmpty();
    }

    @Test
    void anEmptyLogWithAnEmptyHeadIsIntact() {
        assertThat(verify(List.of(), ChainHead.EMPTY).intact()).isTrue();
    }

    @Test
    void theFirstEntryLinksToSixtyFourZerosAndEachNextToItsPredecessor() {
        Log log = chainOf(3);

        assertThat(log.entries().get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(log.entries().get(0).sequence()).isEqualTo(1);
        assertThat(log.entries().get(1).prevHash())
                .isEqualTo(log.entries().get(0).hash());
        assertThat(log.entries().get(2).sequence()).isEqualTo(3);
        assertThat(log.head()).isEqualTo(new ChainHead(3, log.entries().get(2).hash()));
    }

    static List<UnaryOperator<AuditEntry>> edits() {
        return List.of(
                e -> copy(e, "queryId", UUID.randomUUID()),
                e -> copy(e, "queriedAt", e.queriedAt().plusNanos(1000)),
                e -> copy(
                        e,
                        "department",
                        Department.SOCIAL_INSURANCE == e.department()
                                ? Department.REAL_ESTATE
                                : Department.SOCIAL_INSURANCE),
                e -> copy(e, "purpose", e.purpose() + " "),
                e -> copy(e, "requestedBy", "someone-else"),
                e -> copy(e, "applicationId", UUID.randomUUID()),
                e -> copy(e, "districtCode", "220681"),
                e -> copy(e, "districtCode", null),
                e -> copy(
                        e,
                        "subjectRole",
                        e.subjectRole() == SubjectRole.CHILD ? SubjectRole.GUARDIAN : SubjectRole.CHILD),
                e -> copy(e, "subjectIndex", "index-other"),
                e -> copy(e, "subjectMasked", "2206**********0091"),
                e -> copy(e, "outcome", Outcome.NOT_FOUND),
                e -> copy(e, "resultDigest", Sha256.hex("a different answer")),
                e -> copy(e, "answerSummary", "未查到户籍登记"),
                e -> copy(e, "prevHash", "f".repeat(64)));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void editingAnyFieldOfAnEntryIsAHashMismatchAtThatEntry(UnaryOperator<AuditEntry> edit) {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        tampered.set(2, edit.apply(tampered.get(2)));

        ChainReport report = verify(tampered, log.head());

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.HASH_MISMATCH);
        });
        assertThat(report.checkedEntries()).isEqualTo(3);
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNextEntry() {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        AuditEntry original = tampered.get(1);
        AuditEntry edited = copy(original, "answerSummary", "名下无不动产登记");
        tampered.set(1, copy(edited, "hash", edited.computeHash()));

        ChainReport report = verify(tampered, log.head());

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.PREV_HASH_MISMATCH);
        });
    }

    @Test
    void deletingAMiddleEntryIsASequenceGapAtTheMissingSequence() {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        tampered.remove(2);

        ChainReport report = verify(tampered, log.head());

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.SEQUENCE_GAP);
        });
    }

    @Test
    void deletingAMiddleEntryAndRenumberingTheRestIsCaughtByTheHashes() {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        tampered.remove(2);
        tampered.set(2, copy(tampered.get(2), "sequence", 3L));
        tampered.set(3, copy(tampered.get(3), "sequence", 4L));

        ChainReport report = verify(tampered, new ChainHead(4, tampered.get(3).hash()));

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.HASH_MISMATCH);
        });
    }

    @Test
    void swappingTwoEntriesIsDetectedAtTheFirstOfThem() {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        AuditEntry second = tampered.get(1);
        tampered.set(1, tampered.get(2));
        tampered.set(2, second);

        ChainReport report = verify(tampered, log.head());

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(2);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.SEQUENCE_GAP);
        });
    }

    @Test
    void deletingTheLastEntryIsDetectedByTheStoredHead() {
        Log log = chainOf(5);
        List<AuditEntry> tampered = new ArrayList<>(log.entries().subList(0, 4));

        ChainReport report = verify(tampered, log.head());

        assertThat(report.intact()).isFalse();
        assertThat(report.checkedEntries()).isEqualTo(4);
        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.HEAD_MISMATCH);
        });
    }

    @Test
    void deletingEveryEntryIsDetectedByTheStoredHead() {
        Log log = chainOf(2);

        ChainReport report = verify(List.of(), log.head());

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(1);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.HEAD_MISMATCH);
        });
    }

    @Test
    void anEntryAppendedBehindTheHeadsBackIsDetected() {
        Log log = chainOf(3);
        List<AuditEntry> tampered = new ArrayList<>(log.entries());
        tampered.add(AuditEntry.chain(log.head(), query(3)));

        ChainReport report = verify(tampered, log.head());

        assertThat(report.firstBroken()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.reason()).isEqualTo(BrokenLink.Reason.HEAD_MISMATCH);
        });
    }

    @Test
    void fieldsThatRunIntoEachOtherDoNotEncodeAlike() {
        AuditEntry a = AuditEntry.chain(ChainHead.EMPTY, withPurposeAndRequester("ab", "c"));
        AuditEntry b = AuditEntry.chain(ChainHead.EMPTY, withPurposeAndRequester("a", "bc"));

        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    private static AuditedQuery withPurposeAndRequester(String purpose, String requestedBy) {
        AuditedQuery q = query(1);
        return new AuditedQuery(
                q.queryId(),
                q.queriedAt(),
                q.department(),
                purpose,
                requestedBy,
                q.applicationId(),
                q.districtCode(),
                q.subjectRole(),
                q.subjectIndex(),
                q.subjectMasked(),
                q.outcome(),
                q.resultDigest(),
                q.answerSummary());
    }

    /** The entry with one field changed and everything else — the stored hash included — kept. */
    static AuditEntry copy(AuditEntry e, String field, Object value) {
        return new AuditEntry(
                field.equals("sequence") ? (Long) value : e.sequence(),
                field.equals("queryId") ? (UUID) value : e.queryId(),
                field.equals("queriedAt") ? (Instant) value : e.queriedAt(),
                field.equals("department") ? (Department) value : e.department(),
                field.equals("purpose") ? (String) value : e.purpose(),
                field.equals("requestedBy") ? (String) value : e.requestedBy(),
                field.equals("applicationId") ? (UUID) value : e.applicationId(),
                field.equals("districtCode") ? (String) value : e.districtCode(),
                field.equals("subjectRole") ? (SubjectRole) value : e.subjectRole(),
                field.equals("subjectIndex") ? (String) value : e.subjectIndex(),
                field.equals("subjectMasked") ? (String) value : e.subjectMasked(),
                field.equals("outcome") ? (Outcome) value : e.outcome(),
                field.equals("resultDigest") ? (String) value : e.resultDigest(),
                field.equals("answerSummary") ? (String) value : e.answerSummary(),
                field.equals("prevHash") ? (String) value : e.prevHash(),
                field.equals("hash") ? (String) value : e.hash());
    }
}
