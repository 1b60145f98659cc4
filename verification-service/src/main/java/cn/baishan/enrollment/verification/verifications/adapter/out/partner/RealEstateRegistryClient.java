package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase.PartnerQuery;
import cn.baishan.enrollment.verification.verifications.domain.PropertyLookup;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import cn.baishan.enrollment.verification.verifications.usecase.port.RealEstateRegistryPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.ratelimiter.annotation.RateLimiter;
import io.github.resilience4j.retry.annotation.Retry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP adapter for natural resources' real-estate registry, protected like every partner call by the
 * Resilience4j instances named {@value #DEPARTMENT}; any failure is {@code Unavailable}.
 */
@Component
class RealEstateRegistryClient implements RealEstateRegistryPort {

    static final String DEPARTMENT = "real-estate";
    private static final Logger log = LoggerFactory.getLogger(RealEstateRegistryClient.class);

    private final RestClient http;
    private final DepartmentExchange exchange;
    private final RecordPartnerQueryUseCase audit;

    RealEstateRegistryClient(
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
    public PropertyLookup propertiesOf(List<String> idNumbers, UUID applicationId) {
        String requestId = UUID.randomUUID().toString();
        var reply = exchange.query(
                http,
                DEPARTMENT,
                "/real-estate/v1/ownership-queries",
                requestId,
                new OwnershipQuery(requestId, idNumbers),
                OwnershipResponse.class,
                idNumbers,
                applicationId);
        if (reply.awaiting()) {
            return new PropertyLookup.Awaiting("不动产登记系统已受理查询，等待部门答复", reply.askedAt());
        }
        OwnershipResponse response = reply.answer();
        if (response == null || response.properties() == null) {
            throw new IllegalStateException("incomplete answer from " + DEPARTMENT);
        }
        List<PropertyRecord> properties = response.properties().stream()
                .map(p -> new PropertyRecord(
                        p.propertyId(),
                        p.certificateNumber(),
                        p.addressText(),
                        p.districtCode(),
                        p.usage(),
                        p.registrationDate(),
                        p.owners() == null
                                ? List.of()
                                : p.owners().stream().map(OwnerDto::idNumber).toList()))
                .toList();
        // one query names several guardians: one audit entry per person asked
        PartnerQuery.propertiesPerPerson(applicationId, idNumbers, response, properties)
                .forEach(q -> audit.record(q.postedBack(reply.stored())));
        return new PropertyLookup.Found(properties);
    }

    PropertyLookup unavailable(List<String> idNumbers, UUID applicationId, Throwable cause) {
        log.warn("real-estate registry unavailable for application {}: {}", applicationId, cause.toString());
        idNumbers.forEach(id -> audit.record(
                PartnerQuery.unavailable(Department.REAL_ESTATE, applicationId, SubjectRole.GUARDIAN, id)));
        return new PropertyLookup.Unavailable("不动产登记系统暂时无法访问，稍后自动重试");
    }

    record OwnershipQuery(String requestId, List<String> idNumbers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnershipResponse(String requestId, List<PropertyDto> properties) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PropertyDto(
            String propertyId,
            String certificateNumber,
            String addressText,
            String districtCode,
            String usage,
            LocalDate registrationDate,
            List<OwnerDto> owners) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnerDto(String idNumber, String name, String share) {}
}
