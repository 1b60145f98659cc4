package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
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

    ResidencePermitClient(RestClient.Builder builder, PartnerProperties properties) {
        this.http = properties.client(builder, DEPARTMENT);
    }

    @Override
    @Retry(name = DEPARTMENT, fallbackMethod = "unavailable")
    @CircuitBreaker(name = DEPARTMENT)
    @RateLimiter(name = DEPARTMENT)
    @Bulkhead(name = DEPARTMENT)
    public Optional<PermitRecord> permitOf(String idNumber, UUID applicationId) {
        PermitResponse response = http.post()
                .uri("/residence-permit/v1/permit-queries")
                .body(new Query(UUID.randomUUID().toString(), idNumber))
                .retrieve()
                .body(PermitResponse.class);
        if (response == null || (response.found() && response.permit() == null)) {
            throw new IllegalStateException("incomplete answer from " + DEPARTMENT);
        }
        if (!response.found()) {
            return Optional.empty();
        }
        var p = response.permit();
        return Optional.of(
                new PermitRecord(p.permitNumber(), p.holderIdNumber(), p.addressText(), p.issueDate(), p.expiryDate()));
    }

    Optional<PermitRecord> unavailable(String idNumber, UUID applicationId, Throwable cause) {
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
