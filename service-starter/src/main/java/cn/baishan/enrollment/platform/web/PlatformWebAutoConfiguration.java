package cn.baishan.enrollment.platform.web;

import cn.baishan.enrollment.platform.problem.ProblemAdvice;
import cn.baishan.enrollment.platform.problem.RequestIds;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;

/**
 * Web defaults shared by every service: unknown JSON fields are rejected (minimal data: nothing
 * that is not in the form can be stored by accident), errors are problem+json, request ids are
 * logged.
 */
@AutoConfiguration
@Import(ProblemAdvice.class)
public class PlatformWebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer rejectUnknownFields() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
