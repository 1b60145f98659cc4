package cn.baishan.enrollment.registration.applications.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A fact of an application that an earlier, verified application of the same family already
 * established (一次采集、多次复用): a guardian ({@code guardians[0]}) or the household
 * ({@code hukouAddress}).
 */
public record ReusedFact(String fact, UUID fromApplicationId, Instant verifiedAt) {

    /**
     * The facts of {@code current} that one of the family's earlier applications, verified now, holds
     * identically; the most recent verification is named where several do.
     */
    public static List<ReusedFact> of(Application current, List<Application> family) {
        List<Application> verified = family.stream()
                .filter(a -> !a.getId().equals(current.getId()))
                .filter(a -> a.getOwnerId().equals(current.getOwnerId()))
                .filter(a -> a.getSubmittedAt().isBefore(current.getSubmittedAt()))
                .filter(a -> a.verifiedAt().isPresent())
                .sorted(Comparator.comparing((Application a) -> a.verifiedAt().orElseThrow())
                        .reversed())
                .toList();
        List<ReusedFact> facts = new ArrayList<>();
        for (int i = 0; i < current.getGuardians().size(); i++) {
            Guardian guardian = current.getGuardians().get(i);
            int index = i;
            firstHolding(verified, a -> a.getGuardians().stream()
                            .anyMatch(g -> g.document().equals(guardian.document())
                                    && g.name().equals(guardian.name())))
                    .ifPresent(a -> facts.add(new ReusedFact(
                            "guardians[" + index + "]",
                            a.getId(),
                            a.verifiedAt().orElseThrow())));
        }
        firstHolding(verified, a -> a.getHukouAddress().equals(current.getHukouAddress()))
                .ifPresent(a -> facts.add(
                        new ReusedFact("hukouAddress", a.getId(), a.verifiedAt().orElseThrow())));
        return facts;
    }

    private static Optional<Application> firstHolding(List<Application> verified, Predicate<Application> holds) {
        return verified.stream().filter(holds).findFirst();
    }
}
