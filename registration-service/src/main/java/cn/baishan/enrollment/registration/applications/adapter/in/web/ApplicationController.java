package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationCommand;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationUseCase;
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
    private final ViewApplicationsQuery view;
    private final ApplicationViewMapper mapper;
    private final JsonMapper json;

    ApplicationController(
            SubmitApplicationUseCase submit,
            ViewApplicationsQuery view,
            ApplicationViewMapper mapper,
            JsonMapper json) {
        this.submit = submit;
        this.view = view;
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
        if (!caller.has(Role.PARENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有家长账号可以提交入学申请。");
        }
        ApplicationForm form = ApplicationForm.of(
                request.districtCode(),
                request.enrollmentYear(),
                request.stage(),
                person(request.child()),
                request.guardians().stream()
                        .map(g -> new ApplicationForm.GuardianInput(
                                new ApplicationForm.PersonInput(g.name(), g.idType(), g.idNumber(), null, null),
                                g.relation(),
                                g.phone()))
                        .toList(),
                request.hukouAddress());
        var submission = submit.submit(new SubmitApplicationCommand(
                caller.subject(),
                new Submitter(caller.subject(), caller.username(), false),
                idempotencyKey,
                fingerprint(request),
                form));
        var application = submission.application();
        return ResponseEntity.created(URI.create("/api/registration/applications/" + application.getId()))
                .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
                .body(mapper.toView(application));
    }

    /** The caller's own application, or 404 — also for an id that exists but belongs to another family. */
    @GetMapping("/{id}")
    ApplicationView get(Caller caller, @PathVariable UUID id) {
        return view.view(id, viewer(caller))
                .map(mapper::toView)
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", "没有找到该入学申请。"));
    }

    @GetMapping
    List<ApplicationView> listOwn(Caller caller) {
        return view.listOwn(viewer(caller)).stream().map(mapper::toView).toList();
    }

    private static ApplicationForm.PersonInput person(SubmitApplicationRequest.PersonRequest p) {
        return new ApplicationForm.PersonInput(p.name(), p.idType(), p.idNumber(), p.birthDate(), p.sex());
    }

    private static Viewer viewer(Caller caller) {
        return new Viewer(
                caller.subject(),
                caller.has(Role.PARENT),
                caller.has(Role.DISTRICT_ADMIN),
                caller.districtCode(),
                caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR));
    }

    private String fingerprint(SubmitApplicationRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
