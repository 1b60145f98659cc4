package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase;
import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase.SeasonInput;
import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.Entrant;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.FrozenInput;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionEvents;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.RunRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.SchoolNames;
import cn.baishan.enrollment.admission.seasons.usecase.port.SeasonRepository;
import cn.baishan.enrollment.allocation.district.DistrictAllocation;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.DistrictResult;
import cn.baishan.enrollment.allocation.district.DistrictResultText;
import cn.baishan.enrollment.allocation.district.Explanations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each step locks its season, checks the order in the domain, and stores the step with its effects in one transaction. */
@Service
@Transactional
class RunningSeasons implements SeasonTimelineUseCase {

    private static final Logger log = LoggerFactory.getLogger(RunningSeasons.class);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SeasonRepository seasons;
    private final RunRepository runs;
    private final AdmissionRepository admissions;
    private final AdmissionEvents events;
    private final SchoolNames schoolNames;
    private final CollectSeasonInputUseCase collector;
    private final Clock clock;

    RunningSeasons(
            SeasonRepository seasons,
            RunRepository runs,
            AdmissionRepository admissions,
            AdmissionEvents events,
            SchoolNames schoolNames,
            CollectSeasonInputUseCase collector,
            Clock clock) {
        this.seasons = seasons;
        this.runs = runs;
        this.admissions = admissions;
        this.events = events;
        this.schoolNames = schoolNames;
        this.collector = collector;
        this.clock = clock;
    }

    @Override
    public Season commit(SeasonKey key, String commitment, String actor) {
        seasons.insertIfAbsent(Season.open(UUID.randomUUID(), key));
        Season season = seasons.lock(key).orElseThrow();
        season.commit(commitment, actor, clock.instant());
        seasons.update(season);
        log.info("season {}: commitment {} published by {}", key, season.commitment(), actor);
        return season;
    }

    @Override
    public Season close(SeasonKey key, String actor) {
        Season season = locked(key);
        season.requireClosable();
        SeasonInput collected = collector.collect(key.districtCode(), key.enrollmentYear(), key.stage());
        DistrictInput input = collected.input();
        String text = DistrictInputText.write(input);
        FrozenInput frozen = new FrozenInput(
                text,
                DistrictInputText.digest(input),
                collected.entrants().stream()
                        .map(a -> new Entrant(a.applicationId(), a.publicId(), a.childKey(), a.maskedName()))
                        .toList(),
                collected.excluded().stream()
                        .map(e -> new ExcludedApplication(e.publicId(), e.status(), e.reason()))
                        .toList(),
                collected.tierNames());
        season.close(frozen, actor, clock.instant());
        seasons.freeze(season.id(), frozen);
        seasons.update(season);
        log.info(
                "season {}: list closed by {} with {} children ({} left out), input digest {}",
                key,
                actor,
                frozen.entrants().size(),
                frozen.excluded().size(),
                frozen.digest());
        return season;
    }

    @Override
    public Season draw(SeasonKey key, String seedHex, String actor) {
        Season season = locked(key);
        season.draw(seedHex, actor, clock.instant());
        seasons.update(season);
        log.info("season {}: seed revealed by {}, it matches commitment {}", key, actor, season.commitment());
        return season;
    }

    @Override
    public AllocationRun run(SeasonKey key, String actor) {
        Season season = locked(key);
        var seed = season.requireRunnable();
        // the run reads the published text back, so what anyone can re-run is exactly what ran here; its input digest
        // is the SHA-256 of that very text (not of the text written again), checked against the frozen digest below
        DistrictResult result = DistrictAllocation.run(frozenText(season), seed);
        if (!season.inputDigest().equals(result.inputDigest())) {
            throw new IllegalStateException("season " + key + ": the engine saw input " + result.inputDigest()
                    + ", the frozen input is " + season.inputDigest());
        }
        AllocationRun run = AllocationRun.of(
                UUID.randomUUID(),
                season.id(),
                runs.lastNumber(season.id()) + 1,
                result,
                DistrictResultText.write(result),
                DistrictResultText.digest(result),
                actor,
                clock.instant());
        runs.insert(run);
        log.info(
                "season {}: run {} (#{}) by {}: {} with {} violation(s), result digest {}",
                key,
                run.id(),
                run.number(),
                actor,
                run.status(),
                run.violations().size(),
                run.resultDigest());
        return run;
    }

    @Override
    public Publication publish(SeasonKey key, UUID runId, int appealDays, String actor) {
        Season season = locked(key);
        AllocationRun run =
                runs.find(season.id(), runId).orElseThrow(() -> new NotFoundException("本招生季没有这次计算：" + runId));
        Map<String, Entrant> byPublicId = seasons.entrants(season.id()).stream()
                .collect(Collectors.toMap(Entrant::publicId, Function.identity()));
        // the order checks come first: a published or blocked season is refused before anything is recorded
        season.requirePublishable(run);

        List<RunViolation> elsewhere = admittedElsewhere(season, run, byPublicId);
        if (!elsewhere.isEmpty()) {
            AllocationRun blocked = run.blockedBy(elsewhere);
            runs.block(blocked);
            log.warn("season {}: run {} blocked, {} child(ren) admitted elsewhere", key, runId, elsewhere.size());
            return new Refused(blocked, elsewhere);
        }

        LocalDate deadline = LocalDate.now(clock.withZone(BEIJING)).plusDays(appealDays);
        season.publish(run, deadline, actor, clock.instant());
        List<Admission> rows = new ArrayList<>();
        for (DistrictResult.Placement p : run.result().placements()) {
            Entrant entrant = byPublicId.get(p.publicId());
            if (entrant == null) {
                throw new IllegalStateException(
                        "run " + runId + " placed " + p.publicId() + ", not in the frozen list");
            }
            rows.add(new Admission(
                    UUID.randomUUID(),
                    season.id(),
                    run.id(),
                    key,
                    entrant.applicationId(),
                    entrant.childKey(),
                    entrant.publicId(),
                    entrant.maskedName(),
                    p.outcome().name(),
                    p.schoolCode(),
                    p.route() == null ? null : p.route().name(),
                    null,
                    true,
                    clock.instant()));
        }
        admissions.insertAll(rows);
        seasons.update(season);

        // one index of the run for all children: a notice per child must not re-read the whole input each time
        var explanations = Explanations.index(DistrictInputText.read(frozenText(season)), run.result());
        List<String> tierNames = seasons.tierNames(season.id());
        Map<String, String> names = schoolNames.all();
        for (Admission a : rows) {
            events.noticeIssued(
                    a,
                    withPublishedTierName(explanations.of(a.publicId()), tierNames),
                    a.schoolCode() == null ? null : names.get(a.schoolCode()),
                    deadline);
        }
        log.info(
                "season {}: run {} published by {}, {} notices, appeals until {}",
                key,
                runId,
                actor,
                rows.size(),
                deadline);
        return new Published(season, rows.size());
    }

    /** The parent reads the tier by the name the district published (户房一致…), not by its category code. */
    static Explanations.Explanation withPublishedTierName(Explanations.Explanation e, List<String> tierNames) {
        if (e.tierRank() < 1 || e.tierRank() > tierNames.size()) {
            return e;
        }
        return new Explanations.Explanation(
                e.publicId(),
                e.tierRank(),
                tierNames.get(e.tierRank() - 1),
                e.lotteryNumber(),
                e.lotteryRank(),
                e.considered(),
                e.outcome(),
                e.schoolCode(),
                e.route(),
                e.reason());
    }

    private List<RunViolation> admittedElsewhere(Season season, AllocationRun run, Map<String, Entrant> byPublicId) {
        Map<String, Entrant> placedByChild = run.result().placements().stream()
                .filter(p -> p.outcome() != DistrictResult.Outcome.UNPLACED)
                .map(p -> byPublicId.get(p.publicId()))
                .filter(e -> e != null)
                .collect(Collectors.toMap(Entrant::childKey, Function.identity(), (a, b) -> a));
        return admissions.currentPlacedOfChildren(placedByChild.keySet()).stream()
                .filter(a -> !a.seasonId().equals(season.id()))
                .map(a -> new RunViolation(
                        RunViolation.ADMITTED_ELSEWHERE,
                        placedByChild.get(a.childKey()).publicId(),
                        "该儿童已被 " + a.season() + " 的已发布结果安置（" + a.outcome()
                                + (a.schoolCode() == null ? "" : "，" + a.schoolCode()) + "），一名儿童全市只能有一个录取结果"))
                .sorted(java.util.Comparator.comparing(RunViolation::subject))
                .toList();
    }

    /**
     * Every season exists in principle; one nobody has acted on yet is an empty timeline, so a step taken too early
     * is refused for its order (409), not for a missing row. The empty season is never stored by a refused step.
     */
    private Season locked(SeasonKey key) {
        return seasons.lock(key).orElseGet(() -> Season.open(UUID.randomUUID(), key));
    }

    private String frozenText(Season season) {
        return seasons.inputText(season.id())
                .orElseThrow(() -> new IllegalStateException("season " + season.key() + " closed without an input"));
    }
}
