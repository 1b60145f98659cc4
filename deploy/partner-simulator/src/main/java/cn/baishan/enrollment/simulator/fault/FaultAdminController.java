package cn.baishan.enrollment.simulator.fault;

import cn.baishan.enrollment.simulator.ProblemTypes;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Switches faults on and off at run time, for tests and demonstrations of partner outages. */
@RestController
@RequestMapping("/admin/faults")
class FaultAdminController {

    private static final Logger log = LoggerFactory.getLogger(FaultAdminController.class);

    private final FaultInjector injector;

    FaultAdminController(FaultInjector injector) {
        this.injector = injector;
    }

    @GetMapping
    List<DepartmentFaults> list() {
        return Arrays.stream(Department.values())
                .map(department -> DepartmentFaults.of(department, injector.settings(department)))
                .toList();
    }

    @PutMapping("/{department}")
    DepartmentFaults configure(@PathVariable String department, @Valid @RequestBody FaultSettings settings) {
        Department target = Department.bySlug(department).orElseThrow(() -> unknownDepartment(department));
        injector.configure(target, settings);
        log.warn("Faults for {} set to {}", target.slug(), settings);
        return DepartmentFaults.of(target, settings);
    }

    @DeleteMapping
    List<DepartmentFaults> reset() {
        injector.reset();
        log.info("All faults cleared");
        return list();
    }

    private static ErrorResponseException unknownDepartment(String department) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "未知的部门：" + department + "，可选值："
                        + Arrays.stream(Department.values())
                                .map(Department::slug)
                                .toList());
        problem.setType(ProblemTypes.UNKNOWN_DEPARTMENT);
        problem.setTitle("Unknown department");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
