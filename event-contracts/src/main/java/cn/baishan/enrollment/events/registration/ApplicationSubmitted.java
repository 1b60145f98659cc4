package cn.baishan.enrollment.events.registration;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A parent (or collection-point staff on the parent's behalf) submitted an enrollment application.
 * Carries the declared claims verification needs, and nothing else (PIPL minimal data): ID numbers
 * travel only on the platform's internal topic, never in logs.
 */
public record ApplicationSubmitted(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        String districtCode,
        int enrollmentYear,
        String stage,
        Person child,
        List<Person> guardians,
        String declaredHukouAddress)
        implements IntegrationEvent {

    public static final String TYPE = "ApplicationSubmitted";
    public static final int VERSION = 1;

    public ApplicationSubmitted {
        guardians = List.copyOf(guardians);
    }

    /** A person named in the application: ID document type and number, name. */
    public record Person(String idType, String idNumber, String name, String relation) {}

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
