package dev.awsjshell.views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malformed ~/.aws/config or credentials file: startup.jsh still runs to its end, as scripts/jshell runs it; the banner
 * names the file and the line (botocore's ConfigParseError), and every later call raises the same typed error.
 */
class MalformedConfigStartupTest {
    @TempDir Path dir;

    private String start(String configText, String credentialsText) throws Exception {
        Path config = Files.writeString(dir.resolve("config"), configText);
        Path credentials = Files.writeString(dir.resolve("credentials"), credentialsText);
        Path script = Files.writeString(dir.resolve("after-start.jsh"), """
                System.out.println("prompt alive");
                try { Aws.client("s3"); } catch (ToolkitError e) { System.out.println("later call: " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
                """);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-XX:TieredStopAtLevel=1", "-cp", classPath, "dev.awsjshell.shell.RunScript",
                classPath, Path.of("..", "startup.jsh").toAbsolutePath().normalize().toString(), script.toString())).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("AWS_CONFIG_FILE", config.toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void aLineBeforeAnySectionIsNamedByFileAndLineAndTheStartSurvives() throws Exception {
        String out = start("region = eu-west-1\n[default]\nregion = eu-central-1\n", "");
        String file = dir.resolve("config").toString();
        assertThat(out).contains("aws-jshell: the default session cannot be made: ConfigParseError: Unable to parse config file: " + file
                + ": Expected a profile definition on line 1");
        assertThat(out).contains("prompt alive");
        assertThat(out).contains("later call: ConfigParseError: Unable to parse config file: " + file);
        assertThat(out).as("no SDK stack").doesNotContain("software.amazon.awssdk.profiles");
    }

    @Test
    void aBadSectionHeaderOrALineWithoutEqualsInTheCredentialsFile() throws Exception {
        String credentials = dir.resolve("credentials").toString();
        assertThat(start("[default]\nregion = eu-west-1\n", "[default\naws_access_key_id = AKIDEXAMPLE\n"))
                .contains("ConfigParseError: Unable to parse config file: " + credentials + ": Profile definition must end with ']' on line 1")
                .contains("prompt alive");
        assertThat(start("[default]\nregion eu-west-1\n", ""))
                .contains("ConfigParseError: Unable to parse config file: " + dir.resolve("config") + ": Expected an '=' sign defining a property on line 2")
                .contains("prompt alive");
    }
}
