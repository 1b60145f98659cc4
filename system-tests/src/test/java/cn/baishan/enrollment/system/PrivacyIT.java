package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.local.LocalStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No full ID number leaves the platform in a log line or a response (SPEC: masked everywhere). Runs after every
 * other system-test class (class order in {@code junit-platform.properties}, this class last), so it scans the logs
 * of the whole end-to-end run - outage, crashes and restarts included - and every body the gateway answered in this
 * JVM ({@link Api#GATEWAY_BODIES}). It also drives one verified and one supplement flow itself, so it means
 * something when run alone.
 *
 * <p>Every log file of the stack is scanned: gateway, the four services, and also the partner simulator, Kafka,
 * Keycloak and PostgreSQL. The simulator plays the departments, which hold the numbers anyway, but it too logs them
 * masked (deploy/partner-simulator/README.md), so nothing is excluded. A match is an 18-character resident ID
 * ({@code 17 digits + digit or X}) that is one of the population's real numbers or one the tests typed; other long
 * digit runs (offsets, timestamps) are not ID numbers.
 */
@Order(Integer.MAX_VALUE)
class PrivacyIT {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dX](?![0-9A-Za-z])");

    /** Numbers the tests type that are not in the population: the never-generated one and a wrong check digit. */
    private static final Set<String> TYPED_BY_TESTS = Set.of("220602202101010091", "220602202103150021");

    static LocalStack stack;
    static Set<String> known;

    @BeforeAll
    static void aFlowOfItsOwn() {
        stack = Stack.get();
        Api api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        Applications applications = new Applications(api);
        String token = api.token("parent3");
        List<Population.Child> children = Population.take(2);
        String verified = applications.submit(token, children.get(0).form());
        String supplement =
                applications.submit(token, children.get(1).form(children.get(1).wrongAddress()));
        applications.awaitVerdicts(token, List.of(verified, supplement), Duration.ofSeconds(60));
        known = new HashSet<>(Population.allIdNumbers());
        known.addAll(TYPED_BY_TESTS);
    }

    @Test
    void noLogFileOfTheStackContainsAFullIdNumber() throws IOException {
        Path logs = stack.config().logDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(logs)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        }
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .contains(
                        "gateway.log",
                        "registration-service.log",
                        "verification-service.log",
                        "catchment-service.log",
                        "admission-service.log",
                        "partner-simulator.log");

        Map<String, Set<String>> leaks = new TreeMap<>();
        long scanned = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            scanned += text.length();
            Set<String> found = leaked(text);
            if (!found.isEmpty()) {
                leaks.put(file.getFileName().toString(), found);
            }
        }
        System.out.printf("PrivacyIT: scanned %d log files, %d characters%n", files.size(), scanned);
        assertThat(leaks).as("full ID numbers per log file").isEmpty();
        // the scan would see one: the masked form of a number the flows used is there
        assertThat(new String(Files.readAllBytes(logs.resolve("partner-simulator.log")), StandardCharsets.UTF_8))
                .contains("idNumber=2206**********");
    }

    @Test
    void noResponseOfAnyFlowContainsAFullIdNumber() {
        List<String> bodies = List.copyOf(Api.GATEWAY_BODIES);
        assertThat(bodies).as("responses recorded in this run").isNotEmpty();
        assertThat(String.join("\n", bodies)).as("the flows' masked numbers").contains("**********");

        Set<String> found = new TreeSet<>();
        bodies.forEach(body -> found.addAll(leaked(body)));
        assertThat(found).as("full ID numbers in gateway responses").isEmpty();
    }

    private static Set<String> leaked(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = RESIDENT_ID.matcher(text);
        while (m.find()) {
            if (known.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
