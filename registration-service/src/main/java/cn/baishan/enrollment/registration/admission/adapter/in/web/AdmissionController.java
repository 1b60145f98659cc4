package cn.baishan.enrollment.registration.admission.adapter.in.web;

import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.admission.domain.AppealWindowClosedException;
import cn.baishan.enrollment.registration.admission.domain.InvalidAppealException;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase.AppealExistsException;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase.FileAppealCommand;
import cn.baishan.enrollment.registration.admission.usecase.Reader;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.AdmissionNotPublishedException;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.ApplicationNotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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

/** The family reads its admission result here and appeals it; staff in scope read it too. */
@RestController
@RequestMapping("/api/registration/applications/{id}")
class AdmissionController {

    private final ViewAdmissionQuery view;
    private final FileAppealUseCase appeals;
    private final AdmissionViewMapper mapper;

    AdmissionController(ViewAdmissionQuery view, FileAppealUseCase appeals, AdmissionViewMapper mapper) {
        this.view = view;
        this.appeals = appeals;
        this.mapper = mapper;
    }

    @GetMapping("/admission")
    AdmissionView admission(Caller caller, @PathVariable UUID id) {
        try {
            return mapper.toView(view.current(id, reader(caller)));
        } catch (ApplicationNotFoundException e) {
            throw notFound();
        } catch (AdmissionNotPublishedException e) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "admission-not-published", "录取结果尚未公布", "该申请的录取结果尚未公布，请留意通知。");
        }
    }

    /** Only the owning family appeals; 201 with the appeal, which district staff now have. */
    @PostMapping("/appeals")
    ResponseEntity<AppealView> appeal(Caller caller, @PathVariable UUID id, @Valid @RequestBody AppealRequest request) {
        if (!caller.has(Role.PARENT)) {
            throw notFound();
        }
        try {
            var appeal = appeals.file(new FileAppealCommand(id, caller.subject(), request.statement()));
            return ResponseEntity.created(URI.create("/api/registration/applications/" + id + "/admission"))
                    .body(mapper.toView(appeal));
        } catch (ApplicationNotFoundException e) {
            throw notFound();
        } catch (AdmissionNotPublishedException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "admission-not-published", "录取结果尚未公布", "录取结果公布后才能提出申诉。");
        } catch (AppealExistsException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "appeal-exists", "已提出申诉", "您已对本次录取结果提出过申诉，请等待区县教育局复核。");
        } catch (AppealWindowClosedException e) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "appeal-window-closed", "申诉期已结束", windowClosed(e.deadline()));
        } catch (InvalidAppealException e) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "信息填写有误",
                    "提交的信息有 1 处需要更正：" + e.field() + " " + e.getMessage(),
                    List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
        }
    }

    private static String windowClosed(LocalDate deadline) {
        if (deadline == null) {
            return "本次录取结果不接受申诉。";
        }
        return "申诉期已于" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
                + "日结束，不能再提出申诉。";
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
