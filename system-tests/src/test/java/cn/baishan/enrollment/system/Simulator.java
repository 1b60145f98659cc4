package cn.baishan.enrollment.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The partner simulator's fault-injection admin API (deploy/partner-simulator/README.md), on localhost only. */
final class Simulator {

    static final String HOUSEHOLD_REGISTRATION = "household-registration";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Simulator(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Every call to the department answers 503 until {@link #restore} (or a later fault setting). */
    void outage(String department) {
        put(department, "{\"outage\":true}");
    }

    /** The department answers normally again. */
    void restore(String department) {
        put(department, "{\"outage\":false}");
    }

    /**
     * The department takes every query with a {@code 202} ticket and posts the answer back to the platform's
     * partner API after {@code delayMs}, with its own client-credentials token from Keycloak.
     */
    void answerAsynchronously(String department, int delayMs) {
        put(department, "{\"asyncAnswers\":true,\"answerDelayMs\":" + delayMs + "}");
    }

    /** No fault and no asynchronous mode: the department answers at once again. */
    void answerAtOnce(String department) {
        put(department, "{}");
    }

    private void put(String department, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/faults/" + department))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fault setting for " + department + " refused: " + response.statusCode()
                        + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
