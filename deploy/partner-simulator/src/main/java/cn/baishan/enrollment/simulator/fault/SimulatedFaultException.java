package cn.baishan.enrollment.simulator.fault;

import cn.baishan.enrollment.simulator.ProblemTypes;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A failure the simulator was told to produce; rendered as problem+json like every other error. */
class SimulatedFaultException extends ErrorResponseException {

    private SimulatedFaultException(HttpStatus status, URI type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    static SimulatedFaultException outage(Department department) {
        return new SimulatedFaultException(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.SIMULATED_OUTAGE,
                "Service unavailable",
                "部门接口暂时不可用（模拟故障：" + department.slug() + "）");
    }

    static SimulatedFaultException error(Department department) {
        return new SimulatedFaultException(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.SIMULATED_ERROR,
                "Internal server error",
                "部门接口内部错误（模拟故障：" + department.slug() + "）");
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
