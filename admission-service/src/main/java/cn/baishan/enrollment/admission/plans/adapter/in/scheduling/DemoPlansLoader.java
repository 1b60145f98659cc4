package cn.baishan.enrollment.admission.plans.adapter.in.scheduling;

import cn.baishan.enrollment.admission.plans.domain.PlanSheet;
import cn.baishan.enrollment.admission.plans.domain.PlansRejectedException;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.ImportPlansCommand;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import cn.baishan.enrollment.admission.plans.usecase.port.CatalogUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the Baishan demo plans ({@code admission-plans.csv} in {@code baishan.admission.demo-data}, env
 * BAISHAN_ADMISSION_DEMO_DATA) into an empty plans table, through the same use case and checks as a
 * bureau's import. Catchment may still be starting or loading its own demo schools: until it knows every
 * school of the sheet the loader tries again, in the background, for a while. Local stack only.
 */
@Component
@ConditionalOnProperty("baishan.admission.demo-data")
class DemoPlansLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoPlansLoader.class);

    private final ManagePlansUseCase manage;
    private final ViewPlansQuery view;
    private final Path directory;
    private final Duration retryEvery;
    private final int attempts;

    DemoPlansLoader(
            ManagePlansUseCase manage,
            ViewPlansQuery view,
            @Value("${baishan.admission.demo-data}") Path directory,
            @Value("${baishan.admission.demo-retry-every:5s}") Duration retryEvery,
            @Value("${baishan.admission.demo-attempts:120}") int attempts) {
        this.manage = manage;
        this.view = view;
        this.directory = directory;
        this.retryEvery = retryEvery;
        this.attempts = attempts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread loader = new Thread(this::loadWhenCatchmentIsReady, "demo-plans-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void loadWhenCatchmentIsReady() {
        List<Map<String, String>> rows;
        try {
            rows = PlanSheet.read(Files.readString(directory.resolve("admission-plans.csv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.error("demo plans not loaded: cannot read {}", directory.resolve("admission-plans.csv"), e);
            return;
        }
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                if (!view.list(null, null, null).isEmpty()) {
                    log.info("plans exist; demo plans not loaded");
                    return;
                }
                int imported = manage.importPlans(new ImportPlansCommand(rows, Set.of(), "demo-data-loader"));
                log.info("demo plans loaded: {} plans", imported);
                return;
            } catch (CatalogUnavailableException e) {
                log.info("catchment not answering yet; demo plans wait ({}/{})", attempt, attempts);
            } catch (PlansRejectedException e) {
                boolean catchmentNotLoaded =
                        e.problems().stream().allMatch(p -> p.rule().equals("school-unknown"));
                if (!catchmentNotLoaded) {
                    log.error("demo plans refused: {}", e.problems());
                    return;
                }
                log.info("catchment has not loaded the demo schools yet; demo plans wait ({}/{})", attempt, attempts);
            }
            try {
                Thread.sleep(retryEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.error("demo plans not loaded: catchment never knew the demo schools");
    }
}
