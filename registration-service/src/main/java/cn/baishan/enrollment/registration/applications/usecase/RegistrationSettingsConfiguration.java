package cn.baishan.enrollment.registration.applications.usecase;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationSettingsConfiguration {}
