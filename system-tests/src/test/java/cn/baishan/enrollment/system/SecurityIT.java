package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.local.LocalStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parent-facing API against the usual attacks, through the gateway with real tokens: another family's ids
 * (BOLA), fields the server owns sent by the client (mass assignment), replays, no token, and a parent trying
 * staff endpoints.
 */
class SecurityIT {

    static Api api;
    static Applications applications;
    static String parent1;
    static String parent2;
    static String ownId;
    static Population.Child ownChild;

    @BeforeAll
    static void stack() {
        LocalStack stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        applications = new Applications(api);
        parent1 = api.token("parent1");
        parent2 = api.token("parent2");
        ownChild = Population.take(1).get(0);
        ownId = applications.submit(parent1, ownChild.form());
    }

    @Test
    void anotherFamilysApplicationIsNotFoundExactlyLikeOneThatDoesNotExist() {
        Api.Response foreign = api.get(Applications.PATH + "/" + ownId, parent2);
        Api.Response missing = api.get(Applications.PATH + "/" + UUID.randomUUID(), parent2);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain(ownChild.name(), ownChild.hukouAddress());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("type").asString())
                .as("nothing tells an existing foreign id from a random one")
                .isEqualTo(missing.json().get("type").asString());
        assertThat(api.get(Applications.PATH + "/" + ownId, parent1).status()).isEqualTo(200);
    }

    @Test
    void theListShowsOnlyTheCallersOwnApplications() {
        List<String> mine = ids(api.get(Applications.PATH, parent1));
        List<String> theirs = ids(api.get(Applications.PATH, parent2));

        assertThat(mine).contains(ownId);
        assertThat(theirs).doesNotContain(ownId).doesNotContainAnyElementsOf(mine);
        // a few are enough, and stay well below the gateway's per-user rate limit
        for (String id : theirs.subList(0, Math.min(3, theirs.size()))) {
            assertThat(api.get(Applications.PATH + "/" + id, parent1).status())
                    .as("parent1 opening parent2's %s", id)
                    .isEqualTo(404);
        }
    }

    @Test
    void anotherFamilyCannotAnswerTheSupplementListAndServerOwnedFieldsCannotBeSupplemented() {
        Population.Child child = Population.take(1).get(0);
        String id = applications.submit(parent1, child.form(child.wrongAddress()));
        JsonNode waiting = applications
                .awaitVerdicts(parent1, List.of(id), java.time.Duration.ofSeconds(60))
                .get(id);
        assertThat(waiting.get("status").asString()).isEqualTo("NEEDS_SUPPLEMENT");
        String path = Applications.PATH + "/" + id + "/supplement";
        String correction = "{\"hukouAddress\":\"" + child.hukouAddress() + "\"}";

        Api.Response foreign = api.post(path, parent2, Map.of(), correction);
        Api.Response smuggled = api.post(
                path, parent1, Map.of(), "{\"hukouAddress\":\"" + child.hukouAddress() + "\",\"status\":\"VERIFIED\"}");

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(400);
        assertThat(smuggled.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        JsonNode after = applications.view(parent1, id);
        assertThat(after.get("status").asString()).as("untouched").isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(after.get("hukouAddress").asString()).isEqualTo(child.wrongAddress());
        // the same correction from the owner is accepted: the 404 was about whose application it is
        assertThat(api.post(path, parent1, Map.of(), correction).status()).isEqualTo(200);
    }

    @Test
    void serverOwnedFieldsSentByTheClientAreRejectedByNameAndNothingIsStored() {
        Population.Child child = Population.take(1).get(0);
        Map<String, String> injected =
                Map.of("status", "\"VERIFIED\"", "category", "\"HUKOU_AND_PROPERTY\"", "zoneCode", "\"220602-P-01\"");
        for (var field : injected.entrySet()) {
            ObjectNode form = (ObjectNode) Api.JSON.readTree(child.form());
            form.set(field.getKey(), Api.JSON.readTree(field.getValue()));
            Api.Response response = api.post(
                    Applications.PATH,
                    parent1,
                    Map.of("Idempotency-Key", "mass-" + UUID.randomUUID()),
                    form.toString());

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo(field.getKey());
            assertThat(error.get("rule").asString()).isEqualTo("unknown-field");
        }

        // had any of them been stored, this would be a 409 (one active application per child)
        String id = applications.submit(parent1, child.form());
        JsonNode created = applications.view(parent1, id);
        assertThat(created.get("status").asString()).isIn(Applications.WAITING.toArray(String[]::new));
    }

    @Test
    void theSameKeyReplaysTheSameApplicationAndADifferentFormUnderItIs422() {
        Population.Child child = Population.take(1).get(0);
        String key = "replay-" + UUID.randomUUID();

        Api.Response first = api.post(Applications.PATH, parent1, Map.of("Idempotency-Key", key), child.form());
        Api.Response again = api.post(Applications.PATH, parent1, Map.of("Idempotency-Key", key), child.form());
        Api.Response changed =
                api.post(Applications.PATH, parent1, Map.of("Idempotency-Key", key), child.form(child.wrongAddress()));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().get("type").asString()).endsWith("idempotency-key-reused");
        assertThat(ids(api.get(Applications.PATH, parent1)))
                .filteredOn(first.json().get("id").asString()::equals)
                .hasSize(1);
    }

    @Test
    void withoutATokenEveryParentEndpointIs401() {
        List<Api.Response> anonymous = List.of(
                api.get(Applications.PATH, null),
                api.get(Applications.PATH + "/" + ownId, null),
                api.post(
                        Applications.PATH,
                        null,
                        Map.of("Idempotency-Key", "anon-" + UUID.randomUUID()),
                        Population.take(1).get(0).form()));

        for (Api.Response response : anonymous) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain(ownChild.name());
        }
    }

    @Test
    void aParentCannotOpenTheStaffReviewQueue() {
        Api.Response response = api.get("/api/verification/reviews", parent1);

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/verification/reviews", api.token("hunjiang-admin"))
                        .status())
                .as("district staff can")
                .isEqualTo(200);
    }

    private static List<String> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(app -> ids.add(app.get("id").asString()));
        return ids;
    }
}
