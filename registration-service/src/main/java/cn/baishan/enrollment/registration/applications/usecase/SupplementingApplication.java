package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.GuardianInput;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.PersonInput;
import cn.baishan.enrollment.registration.applications.domain.Child;
import cn.baishan.enrollment.registration.applications.domain.IdType;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationEvents;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AlreadyExists;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a supplement and records ApplicationSupplemented in the same transaction. */
@Service
class SupplementingApplication implements SupplementApplicationUseCase {

    private static final Logger log = LoggerFactory.getLogger(SupplementingApplication.class);

    private final ApplicationRepository applications;
    private final ApplicationEvents events;
    private final DistrictRulesQuery rules;
    private final FamilyMemory families;
    private final Clock clock;

    SupplementingApplication(
            ApplicationRepository applications,
            ApplicationEvents events,
            DistrictRulesQuery rules,
            FamilyMemory families,
            Clock clock) {
        this.applications = applications;
        this.events = events;
        this.rules = rules;
        this.families = families;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Supplemented supplement(SupplementCommand command) {
        Application application = applications
                .load(command.applicationId())
                .filter(a -> a.isOwnedBy(command.userId()))
                .orElseThrow(ApplicationNotFoundException::new);
        ApplicationForm stored = application.form();
        ApplicationForm corrected = ApplicationForm.of(
                stored.districtCode(),
                stored.enrollmentYear(),
                stored.stage(),
                command.child() != null ? command.child() : input(stored.child()),
                command.guardians() != null
                        ? command.guardians()
                        : stored.guardians().stream()
                                .map(g -> new GuardianInput(
                                        new PersonInput(
                                                g.name(),
                                                g.document().type(),
                                                g.document().number(),
                                                null,
                                                null),
                                        g.relation(),
                                        g.phone()))
                                .toList(),
                command.hukouAddress() != null ? command.hukouAddress() : stored.hukouAddress(),
                command.claims() != null ? command.claims() : stored.claims(),
                rules.rulesFor(stored.districtCode()));
        List<String> changed = application.supplement(corrected, clock.instant());
        try {
            applications.update(application);
        } catch (AlreadyExists e) {
            throw new SubmitApplicationUseCase.DuplicateApplicationException();
        }
        families.remember(application);
        events.supplemented(application, changed);
        log.info(
                "application {} supplemented (round {}): {}",
                application.getId(),
                application.getSupplementRound(),
                changed);
        return new Supplemented(application, changed);
    }

    /** A stored child as typed input; declared birth date and sex only where the document does not carry them. */
    private static PersonInput input(Child child) {
        IdType type = child.document().type();
        return type == IdType.RESIDENT_ID
                ? new PersonInput(child.name(), type, child.document().number(), null, null)
                : new PersonInput(child.name(), type, child.document().number(), child.birthDate(), child.sex());
    }
}
