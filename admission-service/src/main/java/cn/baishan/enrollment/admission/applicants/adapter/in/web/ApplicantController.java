package cn.baishan.enrollment.admission.applicants.adapter.in.web;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import cn.baishan.enrollment.admission.applicants.domain.Placement;
import cn.baishan.enrollment.admission.applicants.usecase.ListApplicantsQuery;
import cn.baishan.enrollment.admission.applicants.usecase.PlaceDisabilityUseCase;
import cn.baishan.enrollment.admission.applicants.usecase.PlaceDisabilityUseCase.PlaceCommand;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The expert committee's placements and staff's list of applicants (masked). */
@RestController
class ApplicantController {

    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

    private final PlaceDisabilityUseCase place;
    private final ListApplicantsQuery list;
    private final ApplicantViewMapper mapper;

    ApplicantController(PlaceDisabilityUseCase place, ListApplicantsQuery list, ApplicantViewMapper mapper) {
        this.place = place;
        this.list = list;
        this.mapper = mapper;
    }

    /** The committee's binding decision for a child who declared a disability (随班就读 / 特教学校 / 送教上门). */
    @PutMapping("/api/admission/applications/{applicationId}/disability-placement")
    ApplicantView placeDisability(
            Caller caller, @PathVariable UUID applicationId, @RequestBody PlacementRequest request) {
        if (!caller.has(Role.EXPERT_COMMITTEE)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有残疾儿童入学评估专家委员会可以确定安置方式。");
        }
        Placement placement = null;
        if (request.placement() != null) {
            try {
                placement = Placement.valueOf(request.placement());
            } catch (IllegalArgumentException e) {
                throw invalid(
                        "placement", "enum", "安置方式应为 REGULAR_CLASS（随班就读）、SPECIAL_SCHOOL（特殊教育学校）或 HOME_TEACHING（送教上门）");
            }
        }
        return mapper.toView(place.place(new PlaceCommand(
                applicationId,
                placement,
                request.schoolCode(),
                request.decisionNote(),
                caller.username() != null ? caller.username() : caller.subject(),
                caller.districtCode())));
    }

    /** District staff: their district's applicants; city staff and inspectors any district. */
    @GetMapping("/api/admission/applicants")
    List<ApplicantView> applicants(
            Caller caller,
            @RequestParam(required = false) String districtCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String status) {
        String district = readableDistrict(caller, districtCode);
        String s = null;
        if (stage != null) {
            Stage parsed = Stage.parse(stage);
            if (parsed == null) {
                throw invalid("stage", "enum", "学段应为 PRIMARY（小学）或 JUNIOR（初中）");
            }
            s = parsed.name();
        }
        ApplicantStatus st = null;
        if (status != null) {
            try {
                st = ApplicantStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw invalid("status", "enum", "状态应为 PENDING（待核验）、VERIFIED（已核验）或 NEEDS_SUPPLEMENT（待补充）");
            }
        }
        return list.list(district, year, s, st).stream().map(mapper::toView).toList();
    }

    /** {@code placement}: REGULAR_CLASS / SPECIAL_SCHOOL / HOME_TEACHING. */
    record PlacementRequest(String placement, String schoolCode, String decisionNote) {}

    private static String readableDistrict(Caller caller, String requested) {
        if (requested != null && !DISTRICT.matcher(requested).matches()) {
            throw invalid("districtCode", "format", "区县代码应为6位数字");
        }
        if (caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR)) {
            return requested;
        }
        boolean districtStaff = caller.has(Role.DISTRICT_ADMIN) || caller.has(Role.EXPERT_COMMITTEE);
        if (!districtStaff) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有教育局工作人员可以查看报名名单。");
        }
        if (caller.districtCode() == null) {
            if (caller.has(Role.EXPERT_COMMITTEE)) {
                return requested; // a city-wide committee
            }
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "账号未关联区县。");
        }
        if (requested != null && !requested.equals(caller.districtCode())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只能查看本区县的报名名单。");
        }
        return caller.districtCode();
    }

    private static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "validation",
                "信息填写有误",
                "提交的信息有 1 处需要更正：" + field + " " + message,
                List.of(new FieldViolation(field, rule, message)));
    }
}
