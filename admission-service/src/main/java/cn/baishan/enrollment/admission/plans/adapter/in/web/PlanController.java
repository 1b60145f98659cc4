package cn.baishan.enrollment.admission.plans.adapter.in.web;

import cn.baishan.enrollment.admission.plans.domain.PlanFigures;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.PlanSheet;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.EditPlanCommand;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.ImportPlansCommand;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Enrollment plans: bulk import and edits by the bureaus, lists for staff and the public. */
@RestController
class PlanController {

    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

    private final ManagePlansUseCase manage;
    private final ViewPlansQuery view;
    private final PlanViewMapper mapper;

    PlanController(ManagePlansUseCase manage, ViewPlansQuery view, PlanViewMapper mapper) {
        this.manage = manage;
        this.view = view;
        this.mapper = mapper;
    }

    /** The sheet as the request body (CSV, UTF-8); all rows or none. */
    @PostMapping(
            path = "/api/admission/plans",
            consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importSheet(Caller caller, @RequestBody String csv) {
        Set<String> editable = editableDistricts(caller);
        return Map.of(
                "imported", manage.importPlans(new ImportPlansCommand(PlanSheet.read(csv), editable, actor(caller))));
    }

    /** The sheet as an uploaded file (multipart part {@code file}). */
    @PostMapping(path = "/api/admission/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> importFile(Caller caller, @RequestPart("file") MultipartFile file) throws IOException {
        return importSheet(caller, new String(file.getBytes(), StandardCharsets.UTF_8));
    }

    @PutMapping("/api/admission/plans/{schoolCode}/{year}/{stage}")
    PlanView edit(
            Caller caller,
            @PathVariable String schoolCode,
            @PathVariable int year,
            @PathVariable String stage,
            @RequestBody PlanRequest request) {
        Set<String> editable = editableDistricts(caller);
        PlanKey key = new PlanKey(schoolCode, year, stage(stage));
        return mapper.toView(manage.edit(new EditPlanCommand(
                key,
                new PlanFigures(request.classes(), request.classSizeCap(), request.seats(), request.reservedSeats()),
                editable,
                actor(caller))));
    }

    /** Staff: plans in a district's scope (its schools and its zones' schools); the city sees all. */
    @GetMapping("/api/admission/plans")
    List<PlanView> list(
            Caller caller,
            @RequestParam(required = false) String districtCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String stage) {
        String district = readableDistrict(caller, districtCode);
        return view.list(district, year, stage == null ? null : stage(stage)).stream()
                .map(mapper::toView)
                .toList();
    }

    /** Public, no login: the published plans of a district (or the city) for a year. */
    @GetMapping("/api/public/admission/plans")
    List<PlanView.Public> publicList(
            @RequestParam(required = false) String districtCode, @RequestParam(required = false) Integer year) {
        if (districtCode != null) {
            district(districtCode);
        }
        return view.list(districtCode, year, null).stream()
                .map(mapper::toPublic)
                .toList();
    }

    record PlanRequest(Integer classes, Integer classSizeCap, Integer seats, Integer reservedSeats) {}

    /** The city bureau plans everywhere, a district bureau in its scope; nobody else (403). */
    static Set<String> editableDistricts(Caller caller) {
        if (caller.has(Role.CITY_ADMIN)) {
            return Set.of();
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            return Set.of(caller.districtCode());
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有市、县教育局可以维护招生计划。");
    }

    /** City-wide staff read any district (or all); district staff their own (the default). */
    private static String readableDistrict(Caller caller, String requested) {
        if (requested != null) {
            district(requested);
        }
        if (caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR)) {
            return requested;
        }
        if (caller.districtCode() == null || (requested != null && !caller.mayActInDistrict(requested))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只能查看本区县的招生计划。");
        }
        return caller.districtCode();
    }

    private static String district(String code) {
        if (!DISTRICT.matcher(code).matches()) {
            throw invalid("districtCode", "format", "区县代码应为6位数字");
        }
        return code;
    }

    static Stage stage(String value) {
        Stage stage = Stage.parse(value);
        if (stage == null) {
            throw invalid("stage", "enum", "学段应为 PRIMARY（小学）或 JUNIOR（初中）");
        }
        return stage;
    }

    private static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "validation",
                "信息填写有误",
                "提交的信息有 1 处需要更正：" + field + " " + message,
                List.of(new FieldViolation(field, rule, message)));
    }

    private static String actor(Caller caller) {
        return caller.username() != null ? caller.username() : caller.subject();
    }
}
