package cn.baishan.enrollment.simulator.fault;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** One interceptor per department, bound to that department's paths only: admin and actuator never fail. */
@Configuration(proxyBeanMethods = false)
class FaultWebConfiguration implements WebMvcConfigurer {

    private final FaultInjector injector;

    FaultWebConfiguration(FaultInjector injector) {
        this.injector = injector;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        for (Department department : Department.values()) {
            registry.addInterceptor(new FaultInjectionInterceptor(injector, department))
                    .addPathPatterns(department.pathPattern());
        }
    }
}
