package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import cn.baishan.enrollment.catchment.zones.domain.ZoneDirectory;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-memory state look-ups read: the directory of published plans with their spatial indexes,
 * and the schools they name. Rebuilt whole from the database when a plan is published (here or, via
 * the publication event, on any other instance) and swapped atomically; look-ups never wait for it.
 */
@Component
public class ZoneDirectoryHolder {

    private static final Logger log = LoggerFactory.getLogger(ZoneDirectoryHolder.class);

    /** One consistent view for look-ups. */
    public record Snapshot(ZoneDirectory directory, Map<String, School> schools) {}

    private final ZonePlanRepository plans;
    private final SchoolRepository schools;
    private final AtomicReference<Snapshot> current =
            new AtomicReference<>(new Snapshot(ZoneDirectory.empty(), Map.of()));

    ZoneDirectoryHolder(ZonePlanRepository plans, SchoolRepository schools) {
        this.plans = plans;
        this.schools = schools;
    }

    public Snapshot current() {
        return current.get();
    }

    @Transactional(readOnly = true)
    public void rebuild() {
        long started = System.nanoTime();
        var published = plans.published();
        var snapshot = new Snapshot(
                ZoneDirectory.of(published),
                schools.all().stream().collect(Collectors.toUnmodifiableMap(School::code, Function.identity())));
        current.set(snapshot);
        log.info(
                "zone directory rebuilt: {} published plans in {} ms",
                published.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
