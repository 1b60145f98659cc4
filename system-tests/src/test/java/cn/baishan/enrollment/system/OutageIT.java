package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.local.LocalStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A partner outage is normal (SPEC §2): while the household-registration department answers 503 to everything,
 * parents can still submit; nothing is rejected, applications wait; once the department is back every waiting
 * verification completes with the verdict the registry's data gives. The stack runs verification with a 1 s first
 * retry growing to 5 s ({@link Stack#VERIFICATION_ENV}), and the department's circuit breaker stays open 10 s.
 */
@Order(Order.DEFAULT + 1)
class OutageIT {

    static LocalStack stack;
    static Api api;
    static Applications applications;
    static Simulator simulator;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        applications = new Applications(api);
        simulator = new Simulator(stack.simulatorUrl());
    }

    @AfterAll
    static void departmentBack() {
        simulator.restore(Simulator.HOUSEHOLD_REGISTRATION);
    }

    @Test
    void submissionsDuringAnOutageAreAcceptedWaitAndAllReachTheirVerdictOnceTheDepartmentIsBack() throws Exception {
        List<Population.Child> children = Population.take(5);
        String token = api.token("parent2");
        simulator.outage(Simulator.HOUSEHOLD_REGISTRATION);
        long waitsBefore = countInLog("waits for the household registry");

        // four declare the registered address, one a building the registry does not hold for the child
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Population.Child child = children.get(i);
            boolean wrong = i == children.size() - 1;
            ids.add(applications.submit(token, wrong ? child.form(child.wrongAddress()) : child.form()));
            expected.add(wrong ? "NEEDS_SUPPLEMENT" : "VERIFIED");
        }

        // several retry rounds (1 s, 2 s, 4 s ...) while the department is down: nobody is turned away
        long until = System.nanoTime() + Duration.ofSeconds(7).toNanos();
        while (System.nanoTime() < until) {
            assertThat(applications.statuses(token, ids))
                    .as("statuses during the outage")
                    .allSatisfy((id, status) -> assertThat(status).isIn(Applications.WAITING));
            Thread.sleep(700);
        }
        assertThat(countInLog("waits for the household registry"))
                .as("verification asked the department and was told it is down")
                .isGreaterThan(waitsBefore);

        simulator.restore(Simulator.HOUSEHOLD_REGISTRATION);
        long t0 = System.nanoTime();
        Map<String, JsonNode> verdicts = applications.awaitVerdicts(token, ids, Duration.ofSeconds(90));
        System.out.printf(
                "OutageIT: %d verdicts %.1f s after the department came back%n",
                ids.size(), (System.nanoTime() - t0) / 1e9);

        for (int i = 0; i < ids.size(); i++) {
            JsonNode app = verdicts.get(ids.get(i));
            assertThat(app.get("status").asString())
                    .as(children.get(i).hukouAddress())
                    .isEqualTo(expected.get(i));
            assertThat(Applications.verdictEntries(app)).isEqualTo(1);
        }
        JsonNode mismatch = verdicts.get(ids.get(ids.size() - 1));
        assertThat(mismatch.get("supplementItems").get(0).get("code").asString())
                .isEqualTo("HUKOU_ADDRESS_MISMATCH");
    }

    private static long countInLog(String text) throws IOException {
        // bytes, not readAllLines: a log may hold a malformed byte, which must not fail the test
        String log = new String(Files.readAllBytes(stack.logFile("verification-service")), StandardCharsets.UTF_8);
        return log.lines().filter(line -> line.contains(text)).count();
    }
}
