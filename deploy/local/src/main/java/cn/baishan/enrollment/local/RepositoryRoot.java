package cn.baishan.enrollment.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the repository root: system property {@code baishan.root}, else env {@code BAISHAN_ROOT}, else the first
 * directory at or above the working directory that holds both {@code pom.xml} and {@code deploy/keycloak}.
 */
public final class RepositoryRoot {

    public static final String ROOT_PROPERTY = "baishan.root";
    public static final String ROOT_ENV = "BAISHAN_ROOT";

    private RepositoryRoot() {}

    public static Path detect() {
        return detect(System.getProperties(), System.getenv(), Path.of(""));
    }

    public static Path detect(Properties systemProperties, Map<String, String> env, Path workingDirectory) {
        String explicit = systemProperties.getProperty(ROOT_PROPERTY);
        String source = "system property " + ROOT_PROPERTY;
        if (isBlank(explicit)) {
            explicit = env.get(ROOT_ENV);
            source = "env " + ROOT_ENV;
        }
        if (!isBlank(explicit)) {
            Path root = Path.of(explicit).toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new LocalStackException(source + " points to " + root + ", which is not a directory");
            }
            return root;
        }
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new LocalStackException("cannot find the repository root above " + start
                + " (a directory with pom.xml and deploy/keycloak); set -D" + ROOT_PROPERTY + "=... or " + ROOT_ENV);
    }

    static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy/keycloak"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
