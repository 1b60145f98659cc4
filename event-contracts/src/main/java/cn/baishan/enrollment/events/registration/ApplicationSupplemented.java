package cn.baishan.enrollment.events.registration;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The family answered the one consolidated supplement list (一次性告知) and resubmitted. Carries the
 * whole declaration as it now stands plus the names of the fields that changed, so verification
 * re-checks only what the change touches. Field names are the form's paths: {@code hukouAddress},
 * {@code child.idNumber}, {@code guardians}, {@code claims.residenceAddress}, {@code claims.property},
 * {@code claims.residencePermitDeclared}, {@code claims.socialInsuranceDeclared},
 * {@code claims.preferentialGroup}, …
 */
public record ApplicationSupplemented(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        int round,
        List<String> changedFields,
        ApplicationSubmitted.Person child,
        List<ApplicationSubmitted.Person> guardians,
        String declaredHukouAddress,
        ApplicationSubmitted.Claims claims)
        implements IntegrationEvent {

    public static final String TYPE = "ApplicationSupplemented";
    public static final int VERSION = 1;

    public ApplicationSupplemented {
        changedFields = List.copyOf(changedFields);
        guardians = List.copyOf(guardians);
        claims = claims == null ? ApplicationSubmitted.Claims.NONE : claims;
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
