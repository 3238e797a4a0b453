package dev.awsjshell;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    @Test
    void mapFormReadsLikeBotocoreConfig() {
        Config c = Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2, "mode", "standard"),
                "connect_timeout", 5, "read_timeout", 2.5, "max_pool_connections", 20, "s3", Map.of("addressing_style", "path"),
                "user_agent_extra", "workshop/1"));
        assertThat(c.regionName()).isEqualTo("eu-central-1");
        assertThat(c.totalMaxAttempts()).as("botocore's max_attempts counts retries, not the first attempt").isEqualTo(3);
        assertThat(c.retryMode()).isEqualTo("standard");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.maxPoolConnections()).isEqualTo(20);
        assertThat(c.addressingStyle()).isEqualTo("path");
        assertThat(c.userAgentExtra()).isEqualTo("workshop/1");
        assertThat(Config.builder().regionName("eu-central-1").maxAttempts(2).build().totalMaxAttempts()).isEqualTo(3);
    }

    @Test
    void unknownKeysAndBadValuesNameTheValidChoices() {
        assertThatThrownBy(() -> Config.of(Map.of("region", "eu-central-1")))
                .isInstanceOf(InvalidConfigError.class).hasMessageContaining("'region'").hasMessageContaining("region_name");
        assertThatThrownBy(() -> Config.of(Map.of("retries", Map.of("max_attempt", 2))))
                .isInstanceOf(InvalidConfigError.class).hasMessageContaining("max_attempts");
        assertThatThrownBy(() -> Config.of(Map.of("retries", Map.of("mode", "fast"))))
                .isInstanceOf(InvalidConfigError.class).hasMessageContaining("must be one of: legacy, standard, adaptive");
        assertThatThrownBy(() -> Config.of(Map.of("connect_timeout", "soon"))).isInstanceOf(InvalidConfigError.class);
        assertThatThrownBy(() -> Config.of(Map.of("s3", Map.of("addressing_style", "dns")))).hasMessageContaining("auto, virtual, path");
        assertThatThrownBy(() -> Config.of(Map.of("endpoint_url", "localhost:4566"))).hasMessageContaining("http://");
    }

    @Test
    void mergeLetsTheOtherConfigWinWhereItSetsAValue() {
        Config base = Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)));
        Config merged = base.merge(Config.of(Map.of("region_name", "us-west-2")));
        assertThat(merged.regionName()).isEqualTo("us-west-2");
        assertThat(merged.totalMaxAttempts()).isEqualTo(3);
        assertThat(merged.toMap()).containsEntry("region_name", "us-west-2");
        assertThat(base.regionName()).as("configs are immutable").isEqualTo("eu-central-1");
    }

    @Test
    void aPasswordInEndpointUrlIsNeverPrintedAndANonUrlIsRefused() {
        Config c = Config.of(Map.of("endpoint_url", "http://admin:hunter2@127.0.0.1:4566"));
        assertThat(c.endpointUrl()).isEqualTo("http://admin:hunter2@127.0.0.1:4566");
        assertThat(c.toString()).contains("http://admin:****@127.0.0.1:4566").doesNotContain("hunter2");
        var client = Aws.session().regionName("us-east-1").config(c).build().client("sqs");
        assertThat(client.toString() + client.meta()).contains("admin:****@").doesNotContain("hunter2");
        assertThatThrownBy(() -> Config.of(Map.of("endpoint_url", "http://")))
                .isInstanceOf(InvalidConfigError.class).hasMessageContaining("naming a host");
        assertThatThrownBy(() -> Config.of(Map.of("endpoint_url", "ftp://user:secret@host")))
                .isInstanceOf(InvalidConfigError.class).hasMessageNotContaining("secret");
    }

    @Test
    void theMapFormAndTheBuilderAgreeAndRoundTrip() {
        Config fromMap = Config.of(Map.of("region_name", "eu-west-1", "retries", Map.of("total_max_attempts", 4, "mode", "adaptive"),
                "connect_timeout", 3, "s3", Map.of("addressing_style", "virtual")));
        Config fromBuilder = Config.builder().regionName("eu-west-1").maxAttempts(3).retryMode("adaptive")
                .connectTimeout(Duration.ofSeconds(3)).addressingStyle("virtual").build();
        assertThat(fromMap).isEqualTo(fromBuilder).hasSameHashCodeAs(fromBuilder);
        assertThat(Config.of(fromMap.toMap())).isEqualTo(fromMap);
        assertThat(fromMap.toBuilder().regionName(null).build().regionName()).isNull();
        assertThatThrownBy(() -> Config.builder().maxPoolConnections(0)).isInstanceOf(InvalidConfigError.class).hasMessageContaining("at least 1");
    }
}
