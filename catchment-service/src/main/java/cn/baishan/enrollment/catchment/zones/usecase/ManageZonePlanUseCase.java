package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The lifecycle of a plan version: evaluate, record a hearing, approve, publish. */
public interface ManageZonePlanUseCase {

    ZonePlan evaluate(UUID planId, String evaluation, Actor actor);

    ZonePlan recordHearing(UUID planId, LocalDate date, String record, Actor actor);

    ZonePlan approve(UUID planId, Actor actor);

    ZonePlan publish(UUID planId, LocalDate effectiveFrom, Actor actor);

    /** Registers an approved plan already in force since {@code effectiveFrom} (migration of existing zoning). */
    ZonePlan recordInForce(UUID planId, LocalDate effectiveFrom, String publicationReference, Actor actor);

    /** Who acts and where they may act (empty = city-wide). */
    record Actor(String username, Set<String> allowedDistricts) {}

    /** The plan does not exist or is outside the actor's districts. */
    class PlanNotFoundException extends RuntimeException {}
}
