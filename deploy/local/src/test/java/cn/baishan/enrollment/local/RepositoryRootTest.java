package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path tmp;

    private Path fakeRepo() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("deploy/keycloak"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        return repo;
    }

    @Test
    void walksUpFromTheWorkingDirectory() throws IOException {
        Path repo = fakeRepo();
        Path deep = Files.createDirectories(repo.resolve("system-tests/target/classes"));
        assertEquals(repo, RepositoryRoot.detect(new Properties(), Map.of(), deep));
        assertEquals(repo, RepositoryRoot.detect(new Properties(), Map.of(), repo));
    }

    @Test
    void aModuleWithItsOwnPomIsNotTheRoot() throws IOException {
        Path repo = fakeRepo();
        Path module = Files.createDirectories(repo.resolve("deploy/local"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        assertEquals(repo, RepositoryRoot.detect(new Properties(), Map.of(), module));
    }

    @Test
    void systemPropertyWinsOverEnvWinsOverWalking() throws IOException {
        Path repo = fakeRepo();
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path third = Files.createDirectories(tmp.resolve("third"));
        Properties props = new Properties();
        props.setProperty(RepositoryRoot.ROOT_PROPERTY, other.toString());
        Map<String, String> env = Map.of(RepositoryRoot.ROOT_ENV, third.toString());
        assertEquals(other, RepositoryRoot.detect(props, env, repo));
        assertEquals(third, RepositoryRoot.detect(new Properties(), env, repo));
    }

    @Test
    void failsClearlyWhenNothingIsFound() throws IOException {
        Path nowhere = Files.createDirectories(tmp.resolve("a/b"));
        LocalStackException e = assertThrows(
                LocalStackException.class, () -> RepositoryRoot.detect(new Properties(), Map.of(), nowhere));
        assertTrue(e.getMessage().contains("cannot find the repository root"), e.getMessage());
    }

    @Test
    void explicitRootMustExist() {
        Properties props = new Properties();
        props.setProperty(RepositoryRoot.ROOT_PROPERTY, tmp.resolve("missing").toString());
        assertThrows(LocalStackException.class, () -> RepositoryRoot.detect(props, Map.of(), tmp));
    }
}
