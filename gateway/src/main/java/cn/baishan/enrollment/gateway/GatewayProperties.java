package cn.baishan.enrollment.gateway;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.gateway}: allowed browser origins, and request rates per second —
 * for anonymous callers per IP address, for signed-in people per account, and for the named
 * machine clients (partner departments) per OAuth2 client.
 */
@ConfigurationProperties("baishan.gateway")
record GatewayProperties(
        List<String> corsAllowedOrigins,
        @DefaultValue("20") int anonymousPerSecond,
        @DefaultValue("20") int userPerSecond,
        Map<String, Integer> clientOverrides) {

    GatewayProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        clientOverrides = clientOverrides == null ? Map.of() : Map.copyOf(clientOverrides);
    }
}
