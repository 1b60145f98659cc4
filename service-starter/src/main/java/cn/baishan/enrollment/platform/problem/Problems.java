package cn.baishan.enrollment.platform.problem;

import java.net.URI;

/** Stable problem {@code type} URIs: clients switch on these, never on the Chinese text. */
public final class Problems {

    private static final String PREFIX = "urn:baishan:problem:";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(PREFIX + slug);
    }
}
