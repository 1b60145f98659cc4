package cn.baishan.enrollment.admission.seasons.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.allocation.district.DistrictResult;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SeasonTest {

    static final Instant NOW = Instant.parse("2027-07-01T02:00:00Z");
    static final Seed SEED = Seed.fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    static final SeasonKey KEY = new SeasonKey("220602", 2027, "PRIMARY");

    final Season season = Season.open(UUID.randomUUID(), KEY);

    @Test
    void aSeasonGoesThroughCommitmentClosingDrawAndPublicationRecordingWhoAndWhen() {
        season.commit(SEED.commitment().hex(), "admin-220602", NOW);
        season.close(frozen(), "admin-220602", NOW.plusSeconds(60));
        season.draw(SEED.hex(), "admin-2", NOW.plusSeconds(120));
        assertThat(season.requireRunnable()).isEqualTo(SEED);
        AllocationRun run = run(List.of());
        season.publish(run, LocalDate.of(2027, 7, 8), "admin-3", NOW.plusSeconds(180));

        assertThat(season.commitment()).isEqualTo(SEED.commitment().hex());
        assertThat(season.committedBy()).isEqualTo("admin-220602");
        assertThat(season.inputDigest()).isEqualTo("d".repeat(64));
        assertThat(season.seedHex()).isEqualTo(SEED.hex());
        assertThat(season.drawnBy()).isEqualTo("admin-2");
        assertThat(season.publishedRunId()).isEqualTo(run.id());
        assertThat(season.publishedResultDigest()).isEqualTo(run.resultDigest());
        assertThat(season.appealDeadline()).isEqualTo(LocalDate.of(2027, 7, 8));
        assertThat(season.publishedBy()).isEqualTo("admin-3");
    }

    @Test
    void anUpperCaseCommitmentIsKeptInItsCanonicalLowerCase() {
        season.commit(SEED.commitment().hex().toUpperCase(), "a", NOW);
        assertThat(season.commitment()).isEqualTo(SEED.commitment().hex());
    }

    @Test
    void aCommitmentThatIsNotSixtyFourHexDigitsIsBadInputNamingTheField() {
        assertStep(() -> season.commit("abc", "a", NOW), SeasonStepException.Kind.INVALID, "sha256-hex");
        assertThat(season.commitment()).isNull();
    }

    @Test
    void aCommitmentCannotBeChangedOncePublished() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        assertStep(
                () -> season.commit("e".repeat(64), "a", NOW), SeasonStepException.Kind.CONFLICT, "commitment-exists");
        assertThat(season.commitment()).isEqualTo(SEED.commitment().hex());
    }

    @Test
    void theListCannotCloseWithoutACommitment() {
        assertStep(season::requireClosable, SeasonStepException.Kind.CONFLICT, "commitment-missing");
        assertStep(() -> season.close(frozen(), "a", NOW), SeasonStepException.Kind.CONFLICT, "commitment-missing");
    }

    @Test
    void aCommitmentAfterTheListClosedIsRefused() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        assertStep(() -> season.commit("e".repeat(64), "a", NOW), SeasonStepException.Kind.CONFLICT, "list-closed");
    }

    @Test
    void theListClosesOnlyOnce() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        assertStep(() -> season.close(frozen(), "a", NOW), SeasonStepException.Kind.CONFLICT, "already-closed");
    }

    @Test
    void theSeedCannotBeRevealedBeforeTheListCloses() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        assertStep(() -> season.draw(SEED.hex(), "a", NOW), SeasonStepException.Kind.CONFLICT, "not-closed");
        assertThat(season.seedHex()).isNull();
    }

    @Test
    void aSeedThatDoesNotMatchTheCommitmentIsUnprocessableAndNotRecorded() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        String other = "ff" + SEED.hex().substring(2);
        assertStep(() -> season.draw(other, "a", NOW), SeasonStepException.Kind.UNPROCESSABLE, "seed-mismatch");
        assertThat(season.seedHex()).isNull();
        // the committed seed is still accepted afterwards
        season.draw(SEED.hex(), "a", NOW);
        assertThat(season.seedHex()).isEqualTo(SEED.hex());
    }

    @Test
    void aMalformedSeedIsBadInputNamingTheField() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        assertStep(() -> season.draw("not hex", "a", NOW), SeasonStepException.Kind.INVALID, "hex-64");
    }

    @Test
    void theSeedIsRevealedOnlyOnce() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        season.draw(SEED.hex(), "a", NOW);
        assertStep(() -> season.draw(SEED.hex(), "a", NOW), SeasonStepException.Kind.CONFLICT, "already-drawn");
    }

    @Test
    void noRunBeforeTheListClosesOrBeforeTheDraw() {
        assertStep(season::requireRunnable, SeasonStepException.Kind.CONFLICT, "not-closed");
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        assertStep(season::requireRunnable, SeasonStepException.Kind.CONFLICT, "not-drawn");
    }

    @Test
    void aBlockedRunCannotBePublished() {
        drawn();
        AllocationRun blocked = run(List.of(new DistrictResult.DistrictViolation("OVER_CAPACITY", "S1", "x")));
        assertThat(blocked.status()).isEqualTo(RunStatus.BLOCKED);
        assertStep(
                () -> season.publish(blocked, LocalDate.of(2027, 7, 8), "a", NOW),
                SeasonStepException.Kind.CONFLICT,
                "run-blocked");
        assertThat(season.isPublished()).isFalse();
    }

    @Test
    void aRunBlockedLaterByTheCityWideCheckCannotBePublishedEither() {
        drawn();
        AllocationRun run = run(List.of())
                .blockedBy(List.of(new RunViolation(RunViolation.ADMITTED_ELSEWHERE, "P2027-AAAAAAAAAAAA", "x")));
        assertThat(run.violations()).extracting(RunViolation::rule).containsExactly("ADMITTED_ELSEWHERE");
        assertStep(() -> season.requirePublishable(run), SeasonStepException.Kind.CONFLICT, "run-blocked");
    }

    @Test
    void onlyOneRunIsEverPublished() {
        drawn();
        season.publish(run(List.of()), LocalDate.of(2027, 7, 8), "a", NOW);
        assertStep(
                () -> season.publish(run(List.of()), LocalDate.of(2027, 7, 8), "a", NOW),
                SeasonStepException.Kind.CONFLICT,
                "already-published");
    }

    @Test
    void nothingIsPublishedBeforeTheDraw() {
        assertStep(() -> season.requirePublishable(run(List.of())), SeasonStepException.Kind.CONFLICT, "not-drawn");
    }

    @Test
    void twoApplicationsWithOnePublicIdStopTheListFromClosing() {
        var e1 = new Entrant(UUID.randomUUID(), "P2027-AAAAAAAAAAAA", "k1", "张*");
        var e2 = new Entrant(UUID.randomUUID(), "P2027-AAAAAAAAAAAA", "k2", "李*");
        assertThatThrownBy(() -> new FrozenInput("t", "d".repeat(64), List.of(e1, e2), List.of(), List.of()))
                .isInstanceOfSatisfying(
                        SeasonStepException.class, e -> assertThat(e.rule()).isEqualTo("public-id-collision"));
    }

    private void drawn() {
        season.commit(SEED.commitment().hex(), "a", NOW);
        season.close(frozen(), "a", NOW);
        season.draw(SEED.hex(), "a", NOW);
    }

    private AllocationRun run(List<DistrictResult.DistrictViolation> violations) {
        var result = new DistrictResult("d".repeat(64), SEED.hex(), "v1", List.of(), List.of(), List.of(), violations);
        return AllocationRun.of(UUID.randomUUID(), season.id(), 1, result, "text", "r".repeat(64), "a", NOW);
    }

    private static FrozenInput frozen() {
        return new FrozenInput(
                "baishan-allocation-input\tv1\n",
                "d".repeat(64),
                List.of(new Entrant(UUID.randomUUID(), "P2027-AAAAAAAAAAAA", "k1", "张*")),
                List.of(new ExcludedApplication("P2027-BBBBBBBBBBBB", "PENDING", "尚未核验")),
                List.of("户房一致"));
    }

    private static void assertStep(ThrowingCallable step, SeasonStepException.Kind kind, String rule) {
        assertThatThrownBy(step).isInstanceOfSatisfying(SeasonStepException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
