package dev.awsjshell.session;

import dev.awsjshell.client.EndpointQuirks;
import dev.awsjshell.errors.ProfileNotFound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sandbox session reads the profile files only for a profile named in code. */
class SandboxProfilesTest {
    private static final Map<String, URI> ENDPOINTS = Map.of("s3", URI.create("http://127.0.0.1:9"));

    @Test
    void aProfileNamedInCodeMustExistInTheSandboxToo() {
        assertThatThrownBy(() -> Session.builder().sandbox(ENDPOINTS, EndpointQuirks.NONE).environment(Map.of())
                .profileName("nope").build()).isInstanceOf(ProfileNotFound.class).hasMessageContaining("nope");
    }

    @Test
    void aShellsProfileOrABrokenFileDoesNotStopTheSandbox(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("config"), "region = us-east-1\n[default\n");
        Session session = Session.builder().sandbox(ENDPOINTS, EndpointQuirks.NONE)
                .environment(Map.of("AWS_PROFILE", "missing", "AWS_CONFIG_FILE", broken.toString())).build();
        assertThat(session.isSandbox()).isTrue();
        assertThat(session.regionName()).isEqualTo("us-east-1");
    }
}
