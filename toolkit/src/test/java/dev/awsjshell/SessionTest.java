package dev.awsjshell;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.ProfileNotFound;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {
    @Test
    void answersBoto3sQuestions() {
        Session session = Aws.session().regionName("eu-central-1").accessKeyId("AKIDSESSION00001").secretAccessKey("s").build();
        assertThat(session.regionName()).isEqualTo("eu-central-1");
        assertThat(session.availableServices()).contains("s3", "ssm", "ec2", "elbv2", "lambda", "stepfunctions", "dynamodb", "sqs");
        assertThat(session.availableRegions("s3")).contains("eu-central-1", "us-east-1");
        assertThat(session.credentials()).hasValueSatisfying(c -> assertThat(c.method()).isEqualTo("explicit"));
        assertThat(session.client("s3", Config.of(Map.of("region_name", "us-west-2"))).meta().regionName())
                .as("a client's Config wins over the session's region").isEqualTo("us-west-2");
    }

    @Test
    void mapFormAndTypedClients() {
        Session session = Aws.session(Map.of("region_name", "eu-west-1", "aws_access_key_id", "AKIDMAPFORM00001", "aws_secret_access_key", "s",
                "config", Map.of("retries", Map.of("max_attempts", 4))));
        assertThat(session.config().totalMaxAttempts()).isEqualTo(5);
        S3Client s3 = session.client(S3Client.class);
        assertThat(s3.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
        SqsClient sqs = session.client("sqs").sdk();
        assertThat(sqs.serviceName()).isEqualTo("sqs");
        assertThatThrownBy(() -> Aws.session(Map.of("profile", "dev"))).isInstanceOf(UnknownNameError.class).hasMessageContaining("profile_name");
        assertThatThrownBy(() -> Aws.session().accessKeyId("AKIDONLY").build()).isInstanceOf(InvalidConfigError.class);
    }

    @Test
    void anExplicitProfileMustExist() {
        assertThatThrownBy(() -> Aws.session().profileName("no-such-profile-here").build())
                .isInstanceOf(ProfileNotFound.class).hasMessageContaining("no-such-profile-here");
    }
}
