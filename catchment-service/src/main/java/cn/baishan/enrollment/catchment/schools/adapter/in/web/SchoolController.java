package cn.baishan.enrollment.catchment.schools.adapter.in.web;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.ImportSchoolsUseCase;
import cn.baishan.enrollment.catchment.schools.usecase.ViewSchoolsQuery;
import cn.baishan.enrollment.catchment.web.CsvSheet;
import cn.baishan.enrollment.catchment.web.Scopes;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolController {

    private final ImportSchoolsUseCase importSchools;
    private final ViewSchoolsQuery view;

    SchoolController(ImportSchoolsUseCase importSchools, ViewSchoolsQuery view) {
        this.importSchools = importSchools;
        this.view = view;
    }

    /** Bulk import of schools and seats (CSV, UTF-8, Chinese headers accepted); all or nothing. */
    @PostMapping(
            path = "/api/catchment/schools/import",
            consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importSchools(Caller caller, @RequestBody String csv) {
        int imported = importSchools.importSchools(CsvSheet.read(csv), Scopes.editableDistricts(caller));
        return Map.of("imported", imported);
    }

    @GetMapping("/api/catchment/schools")
    List<SchoolView> list(@RequestParam(required = false) String districtCode) {
        return view.inDistrict(districtCode).stream().map(SchoolView::of).toList();
    }

    @GetMapping("/api/public/schools")
    List<SchoolView> publicList(@RequestParam(required = false) String districtCode) {
        return list(districtCode);
    }

    @GetMapping("/api/public/schools/{code}")
    SchoolView publicSchool(@PathVariable String code) {
        return view.school(code)
                .map(SchoolView::of)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "school-not-found", "未找到学校", "没有该学校。"));
    }

    record SchoolView(
            String code,
            String name,
            String districtCode,
            String ownership,
            double lon,
            double lat,
            List<IntakeView> intakes,
            String address,
            String hotline) {

        static SchoolView of(School s) {
            return new SchoolView(
                    s.code(),
                    s.name(),
                    s.districtCode(),
                    s.ownership().name(),
                    s.location().lon(),
                    s.location().lat(),
                    s.intakes().stream()
                            .map(i -> new IntakeView(i.stage().name(), i.classes(), i.seats()))
                            .toList(),
                    s.address(),
                    s.hotline());
        }
    }

    record IntakeView(String stage, int classes, int seats) {}
}
