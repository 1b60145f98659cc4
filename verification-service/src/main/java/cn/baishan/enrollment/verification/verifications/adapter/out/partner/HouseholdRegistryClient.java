package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.audit.domain.AnswerSummaries;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase.PartnerQuery;
import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import cn.baishan.enrollment.verification.verifications.domain.HouseholdRecord;
import cn.baishan.enrollment.verification.verifications.domain.Masking;
import cn.baishan.enrollment.verification.verifications.usecase.port.HouseholdRegistryPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.ratelimiter.annotation.RateLimiter;
import io.github.resilience4j.retry.annotation.Retry;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP adapter for public security's household registry. Resilience4j (configured under the
 * instance name {@value #DEPARTMENT}) retries with backoff and jitter, opens the circuit when the
 * department keeps failing, caps concurrent calls and the call rate. Whatever goes wrong — timeout,
 * 5xx, a body that is not the agreed JSON — ends as {@code Unavailable}, never as a verdict.
 */
@Component
class HouseholdRegistryClient implements HouseholdRegistryPort {

    static final String DEPARTMENT = "household-registration";
    private static final Logger log = LoggerFactory.getLogger(HouseholdRegistryClient.class);

    private final RestClient http;
    private final DepartmentExchange exchange;
    private final RecordPartnerQueryUseCase audit;

    HouseholdRegistryClient(
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
    public HouseholdLookup lookup(String idNumber, UUID applicationId) {
        String requestId = UUID.randomUUID().toString();
        var reply = exchange.query(
                http,
                DEPARTMENT,
                "/household-registration/v1/person-queries",
                requestId,
                new PersonQueryRequest(requestId, idNumber, "ENROLLMENT_VERIFICATION"),
                PersonQueryResponse.class,
                java.util.List.of(idNumber),
                applicationId);
        if (reply.awaiting()) {
            return new HouseholdLookup.Awaiting("户籍系统已受理查询，等待部门答复", reply.askedAt());
        }
        PersonQueryResponse response = reply.answer();
        if (response == null) {
            throw new IllegalStateException("empty answer from " + DEPARTMENT);
        }
        if (!response.found()) {
            audit.record(PartnerQuery.notFound(
                            Department.HOUSEHOLD_REGISTRATION,
                            applicationId,
                            SubjectRole.CHILD,
                            idNumber,
                            response,
                            AnswerSummaries.householdNotFound())
                    .postedBack(reply.stored()));
            return new HouseholdLookup.NotFound();
        }
        if (response.person() == null || response.household() == null) {
            throw new IllegalStateException("incomplete answer from " + DEPARTMENT);
        }
        var h = response.household();
        var record = new HouseholdRecord(
                response.person().name(),
                response.person().birthDate(),
                h.householdNumber(),
                h.addressText(),
                h.districtCode(),
                h.moveInDate());
        audit.record(PartnerQuery.answered(
                        Department.HOUSEHOLD_REGISTRATION,
                        applicationId,
                        SubjectRole.CHILD,
                        idNumber,
                        response,
                        AnswerSummaries.household(record))
                .postedBack(reply.stored()));
        return new HouseholdLookup.Found(record);
    }

    HouseholdLookup unavailable(String idNumber, UUID applicationId, Throwable cause) {
        log.warn(
                "household registry unavailable for application {} (child {}): {}",
                applicationId,
                Masking.idNumber(idNumber),
                cause.toString());
        audit.record(PartnerQuery.unavailable(
                Department.HOUSEHOLD_REGISTRATION, applicationId, SubjectRole.CHILD, idNumber));
        return new HouseholdLookup.Unavailable("户籍系统暂时无法访问，稍后自动重试");
    }

    record PersonQueryRequest(String requestId, String idNumber, String purpose) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonQueryResponse(String requestId, boolean found, PersonDto person, HouseholdDto household) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonDto(String idNumber, String name, String sex, LocalDate birthDate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HouseholdDto(
            String householdNumber,
            String addressText,
            String districtCode,
            LocalDate moveInDate,
            String relationToHead) {}
}
