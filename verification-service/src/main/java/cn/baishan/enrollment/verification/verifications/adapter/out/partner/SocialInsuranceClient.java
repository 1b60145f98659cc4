package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

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

    SocialInsuranceClient(RestClient.Builder builder, PartnerProperties properties, DepartmentExchange exchange) {
        this.http = properties.client(builder, DEPARTMENT);
        this.exchange = exchange;
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
            return Optional.empty();
        }
        var r = response.record();
        return Optional.of(new InsuranceRecord(r.insuredIdNumber(), r.continuousMonths(), r.lastContributionMonth()));
    }

    Optional<InsuranceRecord> unavailable(String idNumber, UUID applicationId, Throwable cause) {
        if (cause instanceof PartnerAwaitingAnswerException awaiting) {
            throw awaiting;
        }
        throw new PartnerUnavailableException(Verification.SOCIAL_INSURANCE, "社保系统暂时无法访问，稍后自动重试");
    }

    record Query(String requestId, String idNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InsuranceResponse(String requestId, boolean found, RecordDto record) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordDto(String insuredIdNumber, int continuousMonths, String lastContributionMonth) {}
}
