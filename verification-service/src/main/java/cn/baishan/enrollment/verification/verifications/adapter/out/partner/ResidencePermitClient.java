package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.audit.domain.AnswerSummaries;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase.PartnerQuery;
import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerAwaitingAnswerException;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.verification.verifications.usecase.port.ResidencePermitPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.ratelimiter.annotation.RateLimiter;
import io.github.resilience4j.retry.annotation.Retry;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** HTTP adapter for public security's residence permits; Resilience4j instances {@value #DEPARTMENT}. */
@Component
class ResidencePermitClient implements ResidencePermitPort {

    static final String DEPARTMENT = "residence-permit";

    private final RestClient http;
    private final DepartmentExchange exchange;
    private final RecordPartnerQueryUseCase audit;

    ResidencePermitClient(
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
    public Optional<PermitRecord> permitOf(String idNumber, UUID applicationId) {
        String requestId = UUID.randomUUID().toString();
        var reply = exchange.query(
                http,
                DEPARTMENT,
                "/residence-permit/v1/permit-queries",
                requestId,
                new Query(requestId, idNumber),
                PermitResponse.class,
                java.util.List.of(idNumber),
                applicationId);
        if (reply.awaiting()) {
            throw new PartnerAwaitingAnswerException(
                    Verification.RESIDENCE_PERMIT, "居住证系统已受理查询，等待部门答复", reply.askedAt());
        }
        PermitResponse response = reply.answer();
        if (response == null || (response.found() && response.permit() == null)) {
            throw new IllegalStateException("incomplete answer from " + DEPARTMENT);
        }
        if (!response.found()) {
            audit.record(PartnerQuery.notFound(
                            Department.RESIDENCE_PERMIT,
                            applicationId,
                            SubjectRole.GUARDIAN,
                            idNumber,
                            response,
                            AnswerSummaries.permitNotFound())
                    .postedBack(reply.stored()));
            return Optional.empty();
        }
        var p = response.permit();
        var permit =
                new PermitRecord(p.permitNumber(), p.holderIdNumber(), p.addressText(), p.issueDate(), p.expiryDate());
        audit.record(PartnerQuery.answered(
                        Department.RESIDENCE_PERMIT,
                        applicationId,
                        SubjectRole.GUARDIAN,
                        idNumber,
                        response,
                        AnswerSummaries.permit(permit))
                .postedBack(reply.stored()));
        return Optional.of(permit);
    }

    Optional<PermitRecord> unavailable(String idNumber, UUID applicationId, Throwable cause) {
        if (cause instanceof PartnerAwaitingAnswerException awaiting) {
            throw awaiting;
        }
        audit.record(
                PartnerQuery.unavailable(Department.RESIDENCE_PERMIT, applicationId, SubjectRole.GUARDIAN, idNumber));
        throw new PartnerUnavailableException(Verification.RESIDENCE_PERMIT, "居住证系统暂时无法访问，稍后自动重试");
    }

    record Query(String requestId, String idNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PermitResponse(String requestId, boolean found, PermitDto permit) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PermitDto(
            String permitNumber,
            String holderIdNumber,
            String addressText,
            LocalDate issueDate,
            LocalDate expiryDate) {}
}
