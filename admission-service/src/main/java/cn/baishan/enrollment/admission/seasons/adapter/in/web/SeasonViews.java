package cn.baishan.enrollment.admission.seasons.adapter.in.web;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.allocation.district.DistrictAllocation;
import cn.baishan.enrollment.allocation.district.DistrictResult;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the season endpoints answer: never a name beyond the masked one, never an ID number. */
final class SeasonViews {

    private SeasonViews() {}

    /** The public page: what anyone needs to check the draw and re-run the allocation. */
    record PublicSeasonView(
            String districtCode,
            int enrollmentYear,
            String stage,
            String commitment,
            Instant committedAt,
            Instant closedAt,
            String inputDigest,
            String seed,
            Instant drawnAt,
            UUID publishedRunId,
            String resultDigest,
            String algorithmVersion,
            Instant publishedAt,
            LocalDate appealDeadline) {

        static PublicSeasonView of(Season s) {
            return new PublicSeasonView(
                    s.key().districtCode(),
                    s.key().enrollmentYear(),
                    s.key().stage(),
                    s.commitment(),
                    s.committedAt(),
                    s.closedAt(),
                    s.inputDigest(),
                    s.seedHex(),
                    s.drawnAt(),
                    s.publishedRunId(),
                    s.publishedResultDigest(),
                    DistrictAllocation.ALGORITHM_VERSION,
                    s.publishedAt(),
                    s.appealDeadline());
        }
    }

    /** Staff: the public page plus who took each step, the runs and who was left out of the list. */
    record SeasonView(
            PublicSeasonView season, List<Step> timeline, List<RunSummary> runs, List<ExcludedApplication> excluded) {

        static SeasonView of(Season s, List<AllocationRun> runs, List<ExcludedApplication> excluded) {
            List<Step> steps = new ArrayList<>();
            if (s.committedAt() != null) {
                steps.add(new Step("COMMITMENT", s.committedBy(), s.committedAt()));
            }
            if (s.closedAt() != null) {
                steps.add(new Step("CLOSING", s.closedBy(), s.closedAt()));
            }
            if (s.drawnAt() != null) {
                steps.add(new Step("DRAW", s.drawnBy(), s.drawnAt()));
            }
            runs.forEach(r -> steps.add(new Step("RUN " + r.number(), r.createdBy(), r.createdAt())));
            if (s.publishedAt() != null) {
                steps.add(new Step("PUBLICATION", s.publishedBy(), s.publishedAt()));
            }
            return new SeasonView(
                    PublicSeasonView.of(s),
                    steps,
                    runs.stream().map(RunSummary::of).toList(),
                    excluded);
        }
    }

    record Step(String step, String by, Instant at) {}

    record RunSummary(UUID id, int number, String status, String resultDigest, int violations, Instant createdAt) {
        static RunSummary of(AllocationRun r) {
            return new RunSummary(
                    r.id(),
                    r.number(),
                    r.status().name(),
                    r.resultDigest(),
                    r.violations().size(),
                    r.createdAt());
        }
    }

    record RunView(
            UUID id,
            int number,
            String inputDigest,
            String seed,
            String algorithmVersion,
            String resultDigest,
            String status,
            List<RunViolation> violations,
            Map<DistrictResult.Outcome, Integer> outcomes,
            List<DistrictResult.SchoolOutcome> schools,
            List<DistrictResult.Cutoff> cutoffs,
            String createdBy,
            Instant createdAt) {

        static RunView of(AllocationRun r) {
            Map<DistrictResult.Outcome, Integer> outcomes = new EnumMap<>(DistrictResult.Outcome.class);
            r.result().placements().forEach(p -> outcomes.merge(p.outcome(), 1, Integer::sum));
            return new RunView(
                    r.id(),
                    r.number(),
                    r.inputDigest(),
                    r.seedHex(),
                    r.algorithmVersion(),
                    r.resultDigest(),
                    r.status().name(),
                    r.violations(),
                    outcomes,
                    r.result().schools(),
                    r.result().cutoffs(),
                    r.createdBy(),
                    r.createdAt());
        }
    }

    record ExplanationView(UUID applicationId, Explanation explanation) {}

    /** One line of a school's public list: the public id, the masked name and how the seat was reached. */
    record AdmittedView(String publicId, String maskedName, String route) {
        static AdmittedView of(Admission a) {
            return new AdmittedView(a.publicId(), a.maskedName(), a.route());
        }
    }
}
