package cn.baishan.enrollment.registration.transparency.adapter.in.web;

import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.transparency.domain.InvalidDisputeException;
import cn.baishan.enrollment.registration.transparency.usecase.FileDisputeUseCase;
import cn.baishan.enrollment.registration.transparency.usecase.FileDisputeUseCase.ApplicationNotFoundException;
import cn.baishan.enrollment.registration.transparency.usecase.FileDisputeUseCase.FileDisputeCommand;
import cn.baishan.enrollment.registration.transparency.usecase.Reader;
import cn.baishan.enrollment.registration.transparency.usecase.ViewDepartmentQueriesQuery;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "preview" principle: which departments were asked about the family, for which application,
 * and what they answered (masked); and the family's disputes of those answers.
 */
@RestController
@RequestMapping("/api/registration/applications/{id}")
class TransparencyController {

    private final ViewDepartmentQueriesQuery view;
    private final FileDisputeUseCase disputes;
    private final TransparencyViewMapper mapper;

    TransparencyController(
            ViewDepartmentQueriesQuery view, FileDisputeUseCase disputes, TransparencyViewMapper mapper) {
        this.view = view;
        this.disputes = disputes;
        this.mapper = mapper;
    }

    @GetMapping("/queries")
    List<DepartmentQueryView> queries(Caller caller, @PathVariable UUID id) {
        return view.queries(id, reader(caller)).orElseThrow(TransparencyController::notFound).stream()
                .map(mapper::toView)
                .toList();
    }

    @GetMapping("/disputes")
    List<DisputeView> disputes(Caller caller, @PathVariable UUID id) {
        return view.disputes(id, reader(caller)).orElseThrow(TransparencyController::notFound).stream()
                .map(mapper::toView)
                .toList();
    }

    /** Only the owning family disputes; 201 with the dispute, which district staff now have. */
    @PostMapping("/disputes")
    ResponseEntity<DisputeView> file(Caller caller, @PathVariable UUID id, @Valid @RequestBody DisputeRequest request) {
        if (!caller.has(Role.PARENT)) {
            throw notFound();
        }
        try {
            var dispute =
                    disputes.file(new FileDisputeCommand(id, caller.subject(), request.queryId(), request.statement()));
            return ResponseEntity.created(URI.create("/api/registration/applications/" + id + "/disputes/"
                            + dispute.dispute().id()))
                    .body(mapper.toView(dispute));
        } catch (ApplicationNotFoundException e) {
            throw notFound();
        } catch (InvalidDisputeException e) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "信息填写有误",
                    "提交的信息有 1 处需要更正：" + e.field() + " " + e.getMessage(),
                    List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", "没有找到该入学申请。");
    }

    private static Reader reader(Caller caller) {
        return new Reader(
                caller.subject(),
                caller.has(Role.PARENT),
                caller.has(Role.DISTRICT_ADMIN),
                caller.districtCode(),
                caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR));
    }
}
