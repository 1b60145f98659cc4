package cn.baishan.enrollment.catchment.guides.adapter.in.web;

import cn.baishan.enrollment.catchment.guides.domain.EnrollmentGuide;
import cn.baishan.enrollment.catchment.guides.domain.Milestone;
import cn.baishan.enrollment.catchment.guides.usecase.EnrollmentGuidesUseCase;
import cn.baishan.enrollment.catchment.pairs.usecase.PromotionPairsUseCase;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.ViewSchoolsQuery;
import cn.baishan.enrollment.catchment.warnings.usecase.SeatWarningsUseCase;
import cn.baishan.enrollment.catchment.web.GeoJson;
import cn.baishan.enrollment.catchment.web.Scopes;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.ZoneDirectoryHolder;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** District enrollment guides, and each school's public page built from them (SPEC §3, §6). */
@RestController
class GuideController {

    private final EnrollmentGuidesUseCase guides;
    private final ViewSchoolsQuery schools;
    private final ZoneDirectoryHolder directory;
    private final SeatWarningsUseCase warnings;
    private final PromotionPairsUseCase pairs;
    private final Clock clock;

    GuideController(
            EnrollmentGuidesUseCase guides,
            ViewSchoolsQuery schools,
            ZoneDirectoryHolder directory,
            SeatWarningsUseCase warnings,
            PromotionPairsUseCase pairs,
            Clock clock) {
        this.guides = guides;
        this.schools = schools;
        this.directory = directory;
        this.warnings = warnings;
        this.pairs = pairs;
        this.clock = clock;
    }

    @PutMapping("/api/catchment/enrollment-guides/{districtCode}/{year}")
    EnrollmentGuide publish(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @Valid @RequestBody GuideRequest r) {
        return guides.publish(
                districtCode,
                year,
                r.conditions(),
                r.timeline(),
                r.hotline(),
                caller.username(),
                Scopes.editableDistricts(caller));
    }

    @GetMapping("/api/public/enrollment-guides/{districtCode}/{year}")
    EnrollmentGuide guide(@PathVariable String districtCode, @PathVariable int year) {
        return guides.find(districtCode, year)
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "guide-not-found", "未找到招生指南", "该区县尚未公布该年度的招生指南。"));
    }

    /**
     * Everything a parent looks for on a school's page: the school and its seats, the zones it serves
     * (map and address list), the district's conditions, timeline and hotline for the year, its seat
     * warnings and its direct-promotion pair.
     */
    @GetMapping("/api/public/schools/{code}/page")
    Map<String, Object> page(@PathVariable String code, @RequestParam int enrollmentYear) {
        School school = schools.school(code)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "school-not-found", "未找到学校", "没有该学校。"));
        LocalDate today = LocalDate.now(clock.withZone(ZonePlan.CHINA));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("school", school);
        page.put(
                "zones",
                GeoJson.featureCollection(directory.current().directory().zonesServing(code, today)));
        page.put("guide", guides.find(school.districtCode(), enrollmentYear).orElse(null));
        page.put(
                "warnings",
                warnings.list(school.districtCode()).stream()
                        .filter(w -> w.schoolCode().equals(code) && w.enrollmentYear() == enrollmentYear)
                        .map(w -> Map.of(
                                "level", w.level().label(),
                                "startDate", w.startDate(),
                                "announcement", w.announcement(),
                                "liftedOn", String.valueOf(w.liftedOn())))
                        .toList());
        page.put(
                "promotionPairs",
                pairs.list(school.districtCode()).stream()
                        .filter(p -> p.primarySchoolCode().equals(code)
                                || p.juniorSchoolCode().equals(code))
                        .toList());
        return page;
    }

    record GuideRequest(
            @NotBlank String conditions, @NotBlank String hotline, @NotNull List<@Valid Milestone> timeline) {}
}
