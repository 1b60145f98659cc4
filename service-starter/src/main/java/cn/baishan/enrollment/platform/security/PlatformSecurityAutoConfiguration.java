package cn.baishan.enrollment.platform.security;

import cn.baishan.enrollment.platform.problem.ProblemResponses;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless OAuth2 resource server: bearer tokens from Keycloak, no sessions, no
 * CSRF (no cookies), public paths and health open, everything else authenticated. 401 and 403 are
 * answered as problem+json like every other error.
 */
@AutoConfiguration
public class PlatformSecurityAutoConfiguration {

    /** Paths reachable without a token. */
    public static final String[] OPEN_PATHS = {
        "/api/public/**", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**"
    };

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPEN_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakTokenConverter()))
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(res, HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录", "请先登录后再访问。"))
                        .accessDeniedHandler((req, res, e) ->
                                problems.write(res, HttpStatus.FORBIDDEN, "forbidden", "无权访问", "当前账号无权进行此操作。")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((req, res, e) ->
                                problems.write(res, HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录", "请先登录后再访问。"))
                        .accessDeniedHandler((req, res, e) ->
                                problems.write(res, HttpStatus.FORBIDDEN, "forbidden", "无权访问", "当前账号无权进行此操作。")));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
