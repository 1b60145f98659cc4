package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.audit.domain.AnswerSummaries;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase.PartnerQuery;
import cn.baishan.enrollment.verification.verifications.domain.InsuranceRecord;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerAwaitingAnswerException;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.verification.verifications.usecase.port.SocialInsurancePort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.ratelimiter.annotation.RateLimiter;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** HTTP adapter for human resources and social security; Resilience4j instances {@value #DEPARTMENT}. */
@Component
class SocialInsuranceClient implements SocialInsurancePort {

    static final String DEPARTMENT = "social-insurance";

    private final RestClient http;
    private final DepartmentExchange exchange;
    private final RecordPartnerQueryUseCase audit;

    SocialInsuranceClient(
            RestClient.Builder builder,
            PartnerProperties properties,
            DepartmentExchange exchange,
            RecordPartnerQueryUseCase audit) {
        this.http = properties.client(builder, DEPARTMENT);
        this.exchange = exchange;
        this.audit = audit;
    }

    @Override
    @Retry(name = DEPARTMENT, fallbackMethod = "unavailable")
    @CircuitBreaker(name = DEPARTMENT)
    @RateLimiter(name = DEPARTMENT)
    @Bulkhead(name = DEPARTMENT)
    public Optional<InsuranceRecord> recordOf(String idNumber, UUID applicationId) {
        String requestId = UUID.randomUUID().toString();
        var reply = exchange.query(
                http,
                DEPARTMENT,
                "/social-insurance/v1/contribution-queries",
                requestId,
                new Query(requestId, idNumber),
                InsuranceResponse.class,
                java.util.List.of(idNumber),
                applicationId);
        if (reply.awaiting()) {
            throw new PartnerAwaitingAnswerException(
                    Verification.SOCIAL_INSURANCE, "社保系统已受理查询，等待部门答复", reply.askedAt());
        }
        InsuranceResponse response = reply.answer();
        if (response == null || (response.found() && response.record() == null)) {
            throw new IllegalStateException("incomplete answer from " + DEPARTMENT);
        }
        if (!response.found()) {
            audit.record(PartnerQuery.notFound(
                            Department.SOCIAL_INSURANCE,
                            applicationId,
                            SubjectRole.GUARDIAN,
                            idNumber,
                            response,
                            AnswerSummaries.insuranceNotFound())
                    .postedBack(reply.stored()));
            return Optional.empty();
        }
        var r = response.record();
        var insurance = new InsuranceRecord(r.insuredIdNumber(), r.continuousMonths(), r.lastContributionMonth());
        audit.record(PartnerQuery.answered(
                        Department.SOCIAL_INSURANCE,
                        applicationId,
                        SubjectRole.GUARDIAN,
                        idNumber,
                        response,
                        AnswerSummaries.insurance(insurance))
                .postedBack(reply.stored()));
        return Optional.of(insurance);
    }

    Optional<InsuranceRecord> unavailable(String idNumber, UUID applicationId, Throwable cause) {
        if (cause instanceof PartnerAwaitingAnswerException awaiting) {
            throw awaiting;
        }
        audit.record(
                PartnerQuery.unavailable(Department.SOCIAL_INSURANCE, applicationId, SubjectRole.GUARDIAN, idNumber));
        throw new PartnerUnavailableException(Verification.SOCIAL_INSURANCE, "社保系统暂时无法访问，稍后自动重试");
    }

    record Query(String requestId, String idNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InsuranceResponse(String requestId, boolean found, RecordDto record) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordDto(String insuredIdNumber, int continuousMonths, String lastContributionMonth) {}
}
