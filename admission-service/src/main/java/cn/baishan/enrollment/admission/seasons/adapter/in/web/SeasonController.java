package cn.baishan.enrollment.admission.seasons.adapter.in.web;

import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.ExplanationView;
import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.RunSummary;
import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.RunView;
import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.SeasonView;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonTimelineUseCase;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonTimelineUseCase.Published;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonTimelineUseCase.Refused;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonsQuery;
import cn.baishan.enrollment.admission.web.StaffScope;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** District staff take a season through its steps; city staff may too, inspectors read. */
@RestController
@RequestMapping("/api/admission/seasons/{districtCode:\\d{6}}/{year:\\d{4}}/{stage:PRIMARY|JUNIOR}")
class SeasonController {

    private final SeasonTimelineUseCase timeline;
    private final SeasonsQuery query;

    SeasonController(SeasonTimelineUseCase timeline, SeasonsQuery query) {
        this.timeline = timeline;
        this.query = query;
    }

    @GetMapping
    SeasonView season(
            Caller caller, @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        StaffScope.requireReader(caller, districtCode, notFound(key));
        return view(query.season(key).orElseThrow(() -> notFound(key)));
    }

    @PutMapping("/commitment")
    SeasonView commit(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @Valid @RequestBody CommitmentRequest request) {
        SeasonKey key = writable(caller, districtCode, year, stage);
        return view(timeline.commit(key, request.commitment(), caller.username()));
    }

    @PostMapping("/closing")
    SeasonView close(
            Caller caller, @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = writable(caller, districtCode, year, stage);
        return view(timeline.close(key, caller.username()));
    }

    @PostMapping("/draw")
    SeasonView draw(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @Valid @RequestBody DrawRequest request) {
        SeasonKey key = writable(caller, districtCode, year, stage);
        return view(timeline.draw(key, request.seed(), caller.username()));
    }

    @PostMapping("/runs")
    ResponseEntity<RunView> run(
            Caller caller, @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = writable(caller, districtCode, year, stage);
        var run = timeline.run(key, caller.username());
        return ResponseEntity.created(URI.create("/api/admission/seasons/" + key + "/runs/" + run.id()))
                .body(RunView.of(run));
    }

    @GetMapping("/runs")
    List<RunSummary> runs(
            Caller caller, @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        StaffScope.requireReader(caller, districtCode, notFound(key));
        return query.runs(key).stream().map(RunSummary::of).toList();
    }

    @GetMapping("/runs/{runId}")
    RunView run(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @PathVariable UUID runId) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        StaffScope.requireReader(caller, districtCode, runNotFound(runId));
        return query.run(key, runId).map(RunView::of).orElseThrow(() -> runNotFound(runId));
    }

    @GetMapping("/runs/{runId}/explanations/{applicationId}")
    ExplanationView explanation(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @PathVariable UUID runId,
            @PathVariable UUID applicationId) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        StaffScope.requireReader(caller, districtCode, runNotFound(runId));
        return query.explanation(key, runId, applicationId)
                .map(e -> new ExplanationView(applicationId, e))
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "explanation-not-found", "未找到", "该次计算中没有这个申请。"));
    }

    @PostMapping("/runs/{runId}/publication")
    SeasonView publish(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @PathVariable UUID runId,
            @Valid @RequestBody(required = false) PublicationRequest request) {
        SeasonKey key = writable(caller, districtCode, year, stage);
        int appealDays = request == null || request.appealDays() == null ? 7 : request.appealDays();
        var outcome = timeline.publish(key, runId, appealDays, caller.username());
        if (outcome instanceof Refused refused) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "admitted-elsewhere",
                    "录取结果不能发布",
                    refused.violations().size() + " 名儿童已被其他招生季的已发布结果录取（一人一录取），本次计算已被阻止发布。",
                    refused.violations().stream()
                            .map(v -> new FieldViolation(v.subject(), v.rule(), v.detail()))
                            .toList());
        }
        return view(((Published) outcome).season());
    }

    private SeasonView view(Season season) {
        return SeasonView.of(season, query.runs(season.key()), query.excluded(season.key()));
    }

    private static SeasonKey writable(Caller caller, String districtCode, int year, String stage) {
        StaffScope.requireWriter(caller, districtCode);
        return new SeasonKey(districtCode, year, stage);
    }

    static ProblemException notFound(SeasonKey key) {
        return new ProblemException(HttpStatus.NOT_FOUND, "season-not-found", "未找到招生季", "没有该招生季：" + key);
    }

    private static ProblemException runNotFound(UUID runId) {
        return new ProblemException(HttpStatus.NOT_FOUND, "run-not-found", "未找到", "本招生季没有这次计算：" + runId);
    }

    record CommitmentRequest(@NotBlank String commitment) {}

    record DrawRequest(@NotBlank String seed) {}

    record PublicationRequest(@Min(1) @Max(30) Integer appealDays) {}
}
