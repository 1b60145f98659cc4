package cn.baishan.enrollment.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys under {@code baishan.id-protection}, base64 of 32 random bytes each. Services ship local-stack
 * defaults only; production sets ID_ENCRYPTION_KEY and ID_INDEX_KEY from a secret store.
 */
@ConfigurationProperties("baishan.id-protection")
public record IdProtectionProperties(String encryptionKey, String indexKey) {}
