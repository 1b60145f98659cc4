package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.local.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Crashes in the middle of the flow (SIGKILL: no shutdown hook, no graceful drain), then a restart: every accepted
 * application reaches a verdict and none gets two. Checked twice, in the registration timeline (exactly one verdict
 * entry) and on {@code verification.verifications.v1} itself, read from the beginning by a plain consumer: exactly
 * one {@code VerificationCompleted} event per application. The outbox relays at least once, so a crash between the
 * broker's acknowledgement and the relay's commit may put the same event (same {@code eventId}) on the topic twice;
 * consumers drop such a redelivery by its id, so the test counts distinct event ids - a second verdict would be a
 * second event id.
 */
@Order(Order.DEFAULT + 2)
class CrashRecoveryIT {

    static LocalStack stack;
    static Api api;
    static Applications applications;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        applications = new Applications(api);
    }

    /** Whatever happened, the next test class gets a whole stack. */
    @AfterEach
    void everythingRunsAgain() {
        for (String component : List.of("kafka", "registration-service", "verification-service")) {
            if (!stack.isRunning(component)) {
                stack.start(component);
            }
        }
    }

    @Test
    void verificationKilledMidFlowRestartsAndEveryApplicationGetsExactlyOneVerdict() {
        List<Population.Child> children = Population.take(12);
        String token = api.token("parent1");
        List<String> ids = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            ids.add(applications.submit(token, children.get(i).form()));
        }
        // the first three are on their way through Kafka or being verified right now
        stack.kill("verification-service");
        for (int i = 3; i < children.size(); i++) {
            ids.add(applications.submit(token, children.get(i).form()));
        }
        assertThat(applications.statuses(token, ids.subList(3, ids.size())).values())
                .as("no verdict while verification is down")
                .allMatch(Applications.WAITING::contains);

        long t0 = System.nanoTime();
        stack.start("verification-service");
        Map<String, JsonNode> verdicts = applications.awaitVerdicts(token, ids, Duration.ofSeconds(120));
        System.out.printf(
                "CrashRecoveryIT: verification-service back in %.1f s, all %d verdicts %.1f s after the restart began%n",
                stack.startTimes().get("verification-service").toMillis() / 1000.0,
                ids.size(),
                (System.nanoTime() - t0) / 1e9);

        assertExactlyOneVerdictEach(verdicts);
    }

    @Test
    void registrationKilledRightAfterAcceptingPublishesWhatItAcceptedAndRecordsEachVerdictOnce() {
        List<Population.Child> children = Population.take(8);
        String token = api.token("parent2");
        List<String> ids = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            ids.add(applications.submit(token, children.get(i).form()));
        }
        // committed with their outbox rows; some may not have been relayed yet, their verdicts may arrive while
        // registration is down
        stack.kill("registration-service");
        long t0 = System.nanoTime();
        stack.start("registration-service");
        for (int i = 4; i < children.size(); i++) {
            ids.add(applications.submit(token, children.get(i).form()));
        }
        Map<String, JsonNode> verdicts = applications.awaitVerdicts(token, ids, Duration.ofSeconds(120));
        System.out.printf(
                "CrashRecoveryIT: registration-service back in %.1f s, all %d verdicts %.1f s after the restart began%n",
                stack.startTimes().get("registration-service").toMillis() / 1000.0,
                ids.size(),
                (System.nanoTime() - t0) / 1e9);

        assertExactlyOneVerdictEach(verdicts);
    }

    @Test
    void theBrokerKilledWhileParentsSubmitLosesNothingAndDuplicatesNothing() {
        List<Population.Child> children = Population.take(6);
        String token = api.token("parent3");
        List<String> ids = new ArrayList<>();

        ids.add(applications.submit(token, children.get(0).form()));
        stack.kill("kafka");
        // the submission is a database transaction with its outbox row: no broker needed to accept it
        for (int i = 1; i < children.size(); i++) {
            ids.add(applications.submit(token, children.get(i).form()));
        }
        assertThat(applications.statuses(token, ids.subList(1, ids.size())).values())
                .as("accepted, not yet handed on")
                .containsOnly("SUBMITTED");

        long t0 = System.nanoTime();
        stack.start("kafka");
        Map<String, JsonNode> verdicts = applications.awaitVerdicts(token, ids, Duration.ofSeconds(120));
        System.out.printf(
                "CrashRecoveryIT: broker back in %.1f s, all %d verdicts %.1f s after the restart began%n",
                stack.startTimes().get("kafka").toMillis() / 1000.0, ids.size(), (System.nanoTime() - t0) / 1e9);

        assertExactlyOneVerdictEach(verdicts);
    }

    private static void assertExactlyOneVerdictEach(Map<String, JsonNode> verdicts) {
        verdicts.forEach((id, app) -> {
            assertThat(app.get("status").asString()).isIn(Applications.VERDICTS);
            assertThat(Applications.verdictEntries(app))
                    .as("verdicts in the timeline of %s: %s", id, Applications.timeline(app))
                    .isEqualTo(1);
        });
        Map<String, List<VerdictTopic.Verdict>> onTopic =
                VerdictTopic.verdictsOf(stack.kafkaBootstrapServers(), verdicts.keySet());
        Map<String, Set<String>> events = VerdictTopic.distinctEventIds(onTopic);
        System.out.printf(
                "CrashRecoveryIT: %d VerificationCompleted records on the topic for %d applications%n",
                onTopic.values().stream().mapToInt(List::size).sum(), verdicts.size());
        assertThat(events.keySet())
                .as("a verdict on the topic for each")
                .containsExactlyInAnyOrderElementsOf(verdicts.keySet());
        events.forEach((id, eventIds) -> assertThat(eventIds)
                .as("VerificationCompleted events for %s: %s", id, onTopic.get(id))
                .hasSize(1));
        onTopic.forEach((id, records) -> assertThat(records)
                .extracting(VerdictTopic.Verdict::verdict)
                .as("the topic says what the parent sees")
                .containsOnly(verdicts.get(id).get("status").asString()));
    }
}
