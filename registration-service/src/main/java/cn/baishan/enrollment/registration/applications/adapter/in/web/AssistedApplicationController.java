package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import cn.baishan.enrollment.registration.applications.usecase.AssistedApplicationsUseCase;
import cn.baishan.enrollment.registration.applications.usecase.DistrictRulesQuery;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationCommand;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assisted mode (线下采集网点代为提交): collection-point staff submit for a parent of their own district;
 * the answer carries the one-time claim code to print for the parent.
 */
@RestController
@Validated
@RequestMapping("/api/registration/assisted-applications")
class AssistedApplicationController {

    private final SubmitApplicationUseCase submit;
    private final AssistedApplicationsUseCase assisted;
    private final DistrictRulesQuery rules;
    private final ApplicationViewMapper mapper;
    private final JsonMapper json;

    AssistedApplicationController(
            SubmitApplicationUseCase submit,
            AssistedApplicationsUseCase assisted,
            DistrictRulesQuery rules,
            ApplicationViewMapper mapper,
            JsonMapper json) {
        this.submit = submit;
        this.assisted = assisted;
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
    }

    /** The application, and the claim code printed for the parent. */
    record AssistedSubmissionView(ApplicationView application, String claimCode, String parentPhoneMasked) {}

    /** One assisted application in the district's list: the claim code is never listed, only whether it was used. */
    record AssistedListItem(
            UUID id,
            String status,
            String stage,
            int enrollmentYear,
            String childName,
            String parentPhoneMasked,
            String submittedByUsername,
            Instant submittedAt,
            boolean claimed,
            Instant claimedAt) {}

    @PostMapping
    ResponseEntity<AssistedSubmissionView> submit(
            Caller caller,
            @RequestHeader(ApplicationController.IDEMPOTENCY_KEY)
                    @Pattern(regexp = "[A-Za-z0-9._:-]{8,100}", message = "应为8至100位字母、数字或 . _ : -")
                    String idempotencyKey,
            @Valid @RequestBody AssistedApplicationRequest request) {
        requireStaffOf(caller, request.districtCode());
        ApplicationForm form = ApplicationForm.of(
                request.districtCode(),
                request.enrollmentYear(),
                request.stage(),
                FormInputs.person(request.child()),
                FormInputs.guardians(request.guardians()),
                request.hukouAddress(),
                FormInputs.claims(request.claims()),
                rules.rulesFor(request.districtCode()));
        var submission = submit.submit(new SubmitApplicationCommand(
                caller.subject(),
                new Submitter(caller.subject(), caller.username(), true),
                idempotencyKey,
                ApplicationController.fingerprint(json, request),
                form,
                request.parentPhone()));
        var application = submission.application();
        return ResponseEntity.created(URI.create("/api/registration/applications/" + application.getId()))
                .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
                .body(new AssistedSubmissionView(
                        mapper.toView(application), submission.claimCode(), maskPhone(request.parentPhone())));
    }

    /** The caller's district's assisted applications. */
    @GetMapping
    List<AssistedListItem> list(Caller caller) {
        if (!caller.has(Role.COLLECTION_STAFF) || caller.districtCode() == null) {
            throw forbidden();
        }
        return assisted.listForDistrict(caller.districtCode()).stream()
                .map(a -> new AssistedListItem(
                        a.application().getId(),
                        a.application().getStatus().name(),
                        a.application().getStage().name(),
                        a.application().getEnrollmentYear(),
                        a.application().getChild().name(),
                        maskPhone(a.parentPhone()),
                        a.application().getSubmitter().username(),
                        a.application().getSubmittedAt(),
                        !a.application().isPendingOwner(),
                        a.claimedAt()))
                .toList();
    }

    private static void requireStaffOf(Caller caller, String districtCode) {
        if (!caller.has(Role.COLLECTION_STAFF)
                || caller.districtCode() == null
                || !caller.districtCode().equals(districtCode)) {
            throw forbidden();
        }
    }

    private static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有本县（市、区）的线下采集网点工作人员可以代为提交和查看。");
    }

    /** 138****0000: enough for staff to recognise a parent on the phone, not to harvest numbers. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
