package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanEvents;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional
class ManagingZonePlan implements ManageZonePlanUseCase {

    private final ZonePlanRepository plans;
    private final SchoolRepository schools;
    private final ZonePlanEvents events;
    private final ZoneDirectoryHolder directory;
    private final ZoningSettings settings;
    private final Clock clock;

    ManagingZonePlan(
            ZonePlanRepository plans,
            SchoolRepository schools,
            ZonePlanEvents events,
            ZoneDirectoryHolder directory,
            ZoningSettings settings,
            Clock clock) {
        this.plans = plans;
        this.schools = schools;
        this.events = events;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ZonePlan evaluate(UUID planId, String evaluation, Actor actor) {
        return change(planId, actor, plan -> plan.evaluate(evaluation));
    }

    @Override
    public ZonePlan recordHearing(UUID planId, LocalDate date, String record, Actor actor) {
        return change(planId, actor, plan -> plan.recordHearing(date, record));
    }

    @Override
    public ZonePlan approve(UUID planId, Actor actor) {
        return change(planId, actor, plan -> plan.approve(actor.username(), clock.instant(), unzonedSchools(plan)));
    }

    @Override
    public ZonePlan publish(UUID planId, LocalDate effectiveFrom, Actor actor) {
        return announce(change(
                planId,
                actor,
                p -> p.publish(effectiveFrom, clock.instant(), settings.noticePeriod(p.districtCode()))));
    }

    @Override
    public ZonePlan recordInForce(UUID planId, LocalDate effectiveFrom, String publicationReference, Actor actor) {
        return announce(
                change(planId, actor, p -> p.recordAsInForce(effectiveFrom, publicationReference, clock.instant())));
    }

    private ZonePlan announce(ZonePlan plan) {
        events.published(plan);
        // this instance sees it as soon as it is committed; others rebuild on the event
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                directory.rebuild();
            }
        });
        return plan;
    }

    private ZonePlan change(UUID planId, Actor actor, Consumer<ZonePlan> step) {
        ZonePlan plan = plans.load(planId)
                .filter(p -> actor.allowedDistricts().isEmpty()
                        || actor.allowedDistricts().contains(p.districtCode()))
                .orElseThrow(PlanNotFoundException::new);
        step.accept(plan);
        plans.update(plan);
        return plan;
    }

    /** Public schools of the district enrolling the plan's stage that no zone of the plan names. */
    private List<String> unzonedSchools(ZonePlan plan) {
        Set<String> zoned =
                plan.zones().stream().flatMap(z -> z.schoolCodes().stream()).collect(Collectors.toSet());
        return schools.inDistrict(plan.districtCode()).stream()
                .filter(s -> s.isPublic() && s.enrolls(plan.stage()) && !zoned.contains(s.code()))
                .map(s -> s.name() + "（" + s.code() + "）")
                .toList();
    }
}
