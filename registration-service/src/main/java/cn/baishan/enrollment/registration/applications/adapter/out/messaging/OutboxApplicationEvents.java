package cn.baishan.enrollment.registration.applications.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.Claims;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationEvents;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes application events through the transactional outbox. */
@Component
class OutboxApplicationEvents implements ApplicationEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxApplicationEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void submitted(Application application) {
        var child = application.getChild();
        outbox.append(
                Topics.REGISTRATION_APPLICATIONS,
                new ApplicationSubmitted(
                        UUID.randomUUID(),
                        clock.instant(),
                        ApplicationSubmitted.VERSION,
                        application.getId(),
                        application.getDistrictCode(),
                        application.getEnrollmentYear(),
                        application.getStage().name(),
                        new ApplicationSubmitted.Person(
                                child.document().type().name(), child.document().number(), child.name(), "CHILD"),
                        application.getGuardians().stream()
                                .map(OutboxApplicationEvents::person)
                                .toList(),
                        application.getHukouAddress(),
                        claims(application.getClaims())));
    }

    @Override
    public void supplemented(Application application, List<String> changedFields) {
        var child = application.getChild();
        outbox.append(
                Topics.REGISTRATION_APPLICATIONS,
                new ApplicationSupplemented(
                        UUID.randomUUID(),
                        clock.instant(),
                        ApplicationSupplemented.VERSION,
                        application.getId(),
                        application.getSupplementRound(),
                        changedFields,
                        new ApplicationSubmitted.Person(
                                child.document().type().name(), child.document().number(), child.name(), "CHILD"),
                        application.getGuardians().stream()
                                .map(OutboxApplicationEvents::person)
                                .toList(),
                        application.getHukouAddress(),
                        claims(application.getClaims())));
    }

    static ApplicationSubmitted.Claims claims(Claims c) {
        return new ApplicationSubmitted.Claims(
                c.residenceAddress(),
                c.property() == null
                        ? null
                        : new ApplicationSubmitted.PropertyClaim(
                                c.property().address(), c.property().certificateNumber()),
                c.residencePermitDeclared(),
                c.socialInsuranceDeclared(),
                c.preferentialGroup() == null
                        ? null
                        : new ApplicationSubmitted.PreferentialClaim(
                                c.preferentialGroup().group().name(),
                                c.preferentialGroup().basisDocument()),
                c.disability() == null
                        ? null
                        : new ApplicationSubmitted.DisabilityClaim(
                                c.disability().certificateNumber(),
                                c.disability().expertAssessmentRequested()),
                c.olderSibling() == null
                        ? null
                        : new ApplicationSubmitted.SiblingClaim(
                                c.olderSibling().name(), c.olderSibling().schoolCode()),
                c.directPromotionPrimarySchoolCode(),
                c.schoolPreferences());
    }

    private static ApplicationSubmitted.Person person(Guardian g) {
        return new ApplicationSubmitted.Person(
                g.document().type().name(),
                g.document().number(),
                g.name(),
                g.relation().name());
    }
}
