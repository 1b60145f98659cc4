package cn.baishan.enrollment.gateway;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Tokens are checked here first (and again by each service): everything under /api needs a valid
 * Keycloak token except /api/public. CORS admits only the configured front-end origins.
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(cors -> {})
                .authorizeExchange(auth -> auth.pathMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .pathMatchers("/api/public/**", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> {})
                        .authenticationEntryPoint((exchange, e) -> Problems.write(
                                exchange.getResponse(),
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "未登录",
                                "请先登录后再访问。")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((exchange, e) -> Problems.write(
                        exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录", "请先登录后再访问。")))
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        var config = new CorsConfiguration();
        config.setAllowedOrigins(properties.corsAllowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
        config.setExposedHeaders(List.of("X-Request-Id", "Location", "Idempotent-Replayed", "Retry-After"));
        config.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
