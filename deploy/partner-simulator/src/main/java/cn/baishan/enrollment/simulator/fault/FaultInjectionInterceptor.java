package cn.baishan.enrollment.simulator.fault;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies one department's faults before its controller runs, so the controllers only ever see calls
 * that are meant to succeed. Outages and errors are thrown and rendered by the normal problem handling;
 * garbage is written here because it must bypass JSON rendering.
 */
class FaultInjectionInterceptor implements HandlerInterceptor {

    /** Bodies real gateways and broken partners have been seen to send with a JSON content type. */
    private static final List<byte[]> GARBAGE = List.of(
            ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                            + "<hr><center>nginx</center></body></html>")
                    .getBytes(StandardCharsets.UTF_8),
            "{\"requestId\":\"00000000-0000-0000-0000-000000000000\",\"found\":tru".getBytes(StandardCharsets.UTF_8),
            // a gzip header without Content-Encoding: a proxy compressed the body and forgot to say so
            new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, (byte) 0xab, 0x56, 0x2a});

    private final FaultInjector injector;
    private final Department department;

    FaultInjectionInterceptor(FaultInjector injector, Department department) {
        this.injector = injector;
        this.department = department;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        FaultInjector.Decision decision = injector.decide(department, GARBAGE.size());
        sleep(decision.latencyMs());
        return switch (decision.outcome()) {
            case ANSWER -> true;
            case OUTAGE -> throw SimulatedFaultException.outage(department);
            case ERROR -> throw SimulatedFaultException.error(department);
            case GARBAGE -> {
                response.setStatus(HttpStatus.OK.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream().write(GARBAGE.get(decision.garbageVariant()));
                yield false;
            }
        };
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // shutting down: answer at once rather than hold the thread
            Thread.currentThread().interrupt();
        }
    }
}
