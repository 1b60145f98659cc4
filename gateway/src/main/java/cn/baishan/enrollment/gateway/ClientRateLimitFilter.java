package cn.baishan.enrollment.gateway;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limits: a partner department's calls count against its OAuth2 client
 * ({@code azp}), a person's against their own account, anonymous calls against their IP address.
 * Over the limit: 429 problem+json with Retry-After. Counters are per gateway instance (in memory):
 * with N instances the effective limit is N times the setting.
 */
@Component
class ClientRateLimitFilter implements GlobalFilter, Ordered {

    private final GatewayProperties properties;
    private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();

    ClientRateLimitFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> key(((JwtAuthenticationToken) auth).getToken()))
                .defaultIfEmpty("ip:" + remoteAddress(exchange))
                .flatMap(key -> {
                    if (limiter(key).acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                    return Problems.write(
                            exchange.getResponse(),
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "请求过于频繁",
                            "请求过于频繁，请稍后再试。");
                });
    }

    /** Machine clients (partners) share one budget per client; people get one each. */
    private String key(Jwt token) {
        String client = token.getClaimAsString("azp");
        return properties.clientOverrides().containsKey(client) ? "client:" + client : "user:" + token.getSubject();
    }

    private RateLimiter limiter(String key) {
        int perSecond;
        if (key.startsWith("client:")) {
            perSecond = properties.clientOverrides().get(key.substring("client:".length()));
        } else if (key.startsWith("user:")) {
            perSecond = properties.userPerSecond();
        } else {
            perSecond = properties.anonymousPerSecond();
        }
        return limiters.rateLimiter(key, () -> RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress address = exchange.getRequest().getRemoteAddress();
        return address == null ? "unknown" : address.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        // after the security filter chain (a WebFilter) has authenticated the request
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
