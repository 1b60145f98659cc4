package cn.baishan.enrollment.platform.crypto;

import java.util.Base64;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** An {@link IdNumberVault} for services that store ID numbers. */
@AutoConfiguration
@ConditionalOnProperty("baishan.id-protection.encryption-key")
@EnableConfigurationProperties(IdProtectionProperties.class)
public class IdProtectionAutoConfiguration {

    @Bean
    IdNumberVault idNumberVault(IdProtectionProperties properties) {
        return new IdNumberVault(
                Base64.getDecoder().decode(properties.encryptionKey()),
                Base64.getDecoder().decode(properties.indexKey()));
    }
}
