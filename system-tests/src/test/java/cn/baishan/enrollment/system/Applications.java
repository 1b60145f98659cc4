package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Submitting and watching applications through the gateway, shared by the resilience and security tests. */
final class Applications {

    static final String PATH = "/api/registration/applications";
    static final Set<String> VERDICTS = Set.of("VERIFIED", "NEEDS_SUPPLEMENT");
    static final Set<String> WAITING = Set.of("SUBMITTED", "VERIFYING");

    private final Api api;

    Applications(Api api) {
        this.api = api;
    }

    /**
     * Submits with a fresh idempotency key, asserts 201 and returns the new application's id. A 429 from the
     * gateway's per-user rate limit (20/s) is retried after a pause with the same key, as a well-behaved client
     * would - the key makes the retry safe.
     */
    String submit(String token, String form) {
        Map<String, String> key = Map.of("Idempotency-Key", "st-" + UUID.randomUUID());
        Api.Response created = api.post(PATH, token, key, form);
        for (int attempt = 1; attempt <= 5 && created.status() == 429; attempt++) {
            pause(Duration.ofSeconds(1));
            created = api.post(PATH, token, key, form);
        }
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The caller's own applications by id, in one request (polling each one would hit the rate limit). */
    Map<String, JsonNode> own(String token) {
        Api.Response response = api.get(PATH, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        response.json().forEach(app -> byId.put(app.get("id").asString(), app));
        return byId;
    }

    /** The current status of each of the given applications. */
    Map<String, String> statuses(String token, List<String> ids) {
        Map<String, JsonNode> own = own(token);
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            assertThat(own).as("own applications").containsKey(id);
            out.put(id, own.get(id).get("status").asString());
        }
        return out;
    }

    JsonNode view(String token, String id) {
        Api.Response response = api.get(PATH + "/" + id, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Waits (bounded) until every application has a verdict; returns the views by id, in the given order. */
    Map<String, JsonNode> awaitVerdicts(String token, List<String> ids, Duration atMost) {
        Map<String, JsonNode> done = new LinkedHashMap<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, JsonNode> own = own(token);
            for (String id : ids) {
                JsonNode app = own.get(id);
                if (app != null && VERDICTS.contains(app.get("status").asString())) {
                    done.put(id, app);
                }
            }
            assertThat(done.keySet()).as("applications with a verdict").containsAll(ids);
        });
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, done.get(id)));
        return ordered;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The statuses of the application's timeline, oldest first. */
    static List<String> timeline(JsonNode app) {
        List<String> steps = new ArrayList<>();
        app.get("timeline").forEach(step -> steps.add(step.get("status").asString()));
        return steps;
    }

    /** How many verdicts the timeline shows (must be exactly one: a redelivered verdict is no second verdict). */
    static long verdictEntries(JsonNode app) {
        return timeline(app).stream().filter(VERDICTS::contains).count();
    }
}
