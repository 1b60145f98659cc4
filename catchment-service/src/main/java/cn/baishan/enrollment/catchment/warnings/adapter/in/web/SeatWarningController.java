package cn.baishan.enrollment.catchment.warnings.adapter.in.web;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.warnings.domain.SeatAssessment;
import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;
import cn.baishan.enrollment.catchment.warnings.domain.WarningLevel;
import cn.baishan.enrollment.catchment.warnings.usecase.SeatWarningsUseCase;
import cn.baishan.enrollment.catchment.web.CsvSheet;
import cn.baishan.enrollment.catchment.web.Scopes;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import cn.baishan.enrollment.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SeatWarningController {

    private final SeatWarningsUseCase warnings;

    SeatWarningController(SeatWarningsUseCase warnings) {
        this.warnings = warnings;
    }

    /** School-age census per zone (CSV: zoneCode, enrollmentYear, stage, children); all or nothing. */
    @PostMapping(
            path = "/api/catchment/census/import",
            consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importCensus(Caller caller, @RequestBody String csv) {
        return Map.of("imported", warnings.importCensus(CsvSheet.read(csv), Scopes.editableDistricts(caller)));
    }

    /** Demand (census, shared over a zone's schools by seats) against seats, with the level it gives. */
    @GetMapping("/api/catchment/seat-assessments")
    List<AssessmentView> assess(
            @RequestParam String districtCode, @RequestParam Stage stage, @RequestParam int enrollmentYear) {
        return warnings.assess(districtCode, stage, enrollmentYear).stream()
                .map(AssessmentView::of)
                .toList();
    }

    @PostMapping("/api/catchment/seat-warnings")
    @ResponseStatus(HttpStatus.CREATED)
    WarningView issue(Caller caller, @Valid @RequestBody IssueRequest request) {
        return WarningView.of(warnings.issue(
                request.schoolCode(),
                request.enrollmentYear(),
                request.stage(),
                request.level(),
                request.startDate(),
                request.announcement(),
                Scopes.editableDistricts(caller)));
    }

    @PostMapping("/api/catchment/seat-warnings/{id}/lifting")
    WarningView lift(Caller caller, @PathVariable UUID id, @Valid @RequestBody LiftRequest request) {
        return WarningView.of(
                warnings.lift(id, request.liftedOn(), request.announcement(), Scopes.editableDistricts(caller)));
    }

    /** Public: every warning with its announcements (SPEC §6). */
    @GetMapping("/api/public/warnings")
    List<WarningView> publicList(@RequestParam(required = false) String districtCode) {
        return warnings.list(districtCode).stream().map(WarningView::of).toList();
    }

    @ExceptionHandler(SeatWarningsUseCase.WarningNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(
                        HttpStatus.NOT_FOUND, "warning-not-found", "未找到预警", "没有找到该学位预警。", List.of()));
    }

    record IssueRequest(
            @NotBlank String schoolCode,
            @NotNull Integer enrollmentYear,
            @NotNull Stage stage,
            @NotNull WarningLevel level,
            @NotNull LocalDate startDate,
            @NotBlank String announcement) {}

    record LiftRequest(@NotNull LocalDate liftedOn, @NotBlank String announcement) {}

    record AssessmentView(
            String schoolCode,
            String schoolName,
            String stage,
            int enrollmentYear,
            int seats,
            int demand,
            double ratio,
            String level,
            String levelLabel) {

        static AssessmentView of(SeatAssessment a) {
            return new AssessmentView(
                    a.schoolCode(),
                    a.schoolName(),
                    a.stage().name(),
                    a.enrollmentYear(),
                    a.seats(),
                    a.demand(),
                    Math.round(a.ratio() * 1000) / 1000.0,
                    a.level().name(),
                    a.level().label());
        }
    }

    record WarningView(
            UUID id,
            String schoolCode,
            String districtCode,
            String stage,
            int enrollmentYear,
            String level,
            String levelLabel,
            LocalDate startDate,
            String announcement,
            Instant announcedAt,
            LocalDate liftedOn,
            String liftAnnouncement) {

        static WarningView of(SeatWarning w) {
            return new WarningView(
                    w.id(),
                    w.schoolCode(),
                    w.districtCode(),
                    w.stage().name(),
                    w.enrollmentYear(),
                    w.level().name(),
                    w.level().label(),
                    w.startDate(),
                    w.announcement(),
                    w.announcedAt(),
                    w.liftedOn(),
                    w.liftAnnouncement());
        }
    }
}
