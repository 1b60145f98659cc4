package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import cn.baishan.enrollment.registration.applications.usecase.AssistedApplicationsUseCase;
import cn.baishan.enrollment.registration.applications.usecase.DistrictRulesQuery;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationCommand;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationUseCase;
import cn.baishan.enrollment.registration.applications.usecase.SupplementApplicationUseCase;
import cn.baishan.enrollment.registration.applications.usecase.SupplementApplicationUseCase.SupplementCommand;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery;
import cn.baishan.enrollment.registration.applications.usecase.ViewApplicationsQuery.Viewer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Validated
@RequestMapping("/api/registration/applications")
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SubmitApplicationUseCase submit;
    private final SupplementApplicationUseCase supplement;
    private final AssistedApplicationsUseCase assisted;
    private final ViewApplicationsQuery view;
    private final DistrictRulesQuery rules;
    private final FormInputs inputs;
    private final ApplicationViewMapper mapper;
    private final JsonMapper json;

    ApplicationController(
            SubmitApplicationUseCase submit,
            SupplementApplicationUseCase supplement,
            AssistedApplicationsUseCase assisted,
            ViewApplicationsQuery view,
            DistrictRulesQuery rules,
            FormInputs inputs,
            ApplicationViewMapper mapper,
            JsonMapper json) {
        this.submit = submit;
        this.supplement = supplement;
        this.assisted = assisted;
        this.view = view;
        this.rules = rules;
        this.inputs = inputs;
        this.mapper = mapper;
        this.json = json;
    }

    /** One submission (一次办): 201 with the application; the same key again answers with the same one. */
    @PostMapping
    ResponseEntity<ApplicationView> submit(
            Caller caller,
            @RequestHeader(IDEMPOTENCY_KEY)
                    @Pattern(regexp = "[A-Za-z0-9._:-]{8,100}", message = "应为8至100位字母、数字或 . _ : -")
                    String idempotencyKey,
            @Valid @RequestBody SubmitApplicationRequest request) {
        requireParent(caller);
        ApplicationForm form = ApplicationForm.of(
                request.districtCode(),
                request.enrollmentYear(),
                request.stage(),
                inputs.child(caller.subject(), request),
                inputs.guardians(caller.subject(), request),
                request.hukouAddress(),
                FormInputs.claims(request.claims()),
                rules.rulesFor(request.districtCode()));
        var submission = submit.submit(SubmitApplicationCommand.byParent(
                new Submitter(caller.subject(), caller.username(), false),
                idempotencyKey,
                fingerprint(json, request),
                form));
        var application = submission.application();
        return ResponseEntity.created(URI.create("/api/registration/applications/" + application.getId()))
                .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
                .body(detailed(application));
    }

    /** The caller's own application, or 404 — also for an id that exists but belongs to another family. */
    @GetMapping("/{id}")
    ApplicationView get(Caller caller, @PathVariable UUID id) {
        return view.view(id, viewer(caller)).map(this::detailed).orElseThrow(ApplicationController::notFound);
    }

    @GetMapping
    List<ApplicationView> listOwn(Caller caller) {
        return view.listOwn(viewer(caller)).stream().map(this::detailed).toList();
    }

    /**
     * The family's one answer to the supplement list: the corrected parts, validated like a new form.
     * Another family's id is 404; not waiting for a supplement is 409; nothing changed is 422.
     */
    @PostMapping("/{id}/supplement")
    ApplicationView supplement(Caller caller, @PathVariable UUID id, @Valid @RequestBody SupplementRequest request) {
        requireParent(caller);
        var result = supplement.supplement(new SupplementCommand(
                id,
                caller.subject(),
                request.child() == null ? null : FormInputs.person(request.child()),
                request.guardians() == null ? null : FormInputs.guardians(request.guardians()),
                request.hukouAddress(),
                request.claims() == null ? null : request.claims().toDomain()));
        return detailed(result.application());
    }

    /** A parent takes over what collection-point staff submitted; a wrong code or number is 404, never which. */
    @PostMapping("/claims")
    ApplicationView claim(Caller caller, @Valid @RequestBody ClaimRequest request) {
        requireParent(caller);
        var application = assisted.claim(caller.subject(), request.claimCode(), request.childIdNumber());
        return detailed(application);
    }

    private ApplicationView detailed(Application application) {
        return mapper.toView(application, view.reusedFacts(application));
    }

    static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", "没有找到该入学申请。");
    }

    private static void requireParent(Caller caller) {
        if (!caller.has(Role.PARENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有家长账号可以办理此项业务。");
        }
    }

    static Viewer viewer(Caller caller) {
        return new Viewer(
                caller.subject(),
                caller.has(Role.PARENT),
                caller.has(Role.DISTRICT_ADMIN),
                caller.districtCode(),
                caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR));
    }

    static String fingerprint(JsonMapper json, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
