package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each Config key the SDK can honour changes what is sent; each it cannot is an InvalidConfigError saying why. AWS's
 * own endpoints are seen through a local plain-HTTP proxy ({@code proxies} and {@code use_ssl=False}), which records
 * the absolute URL the SDK resolved: nothing leaves the machine.
 */
class ConfigOnTheWireTest {
    private static final String EMPTY_LIST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>demo</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>";

    private static LocalAws.Response answer(LocalAws.Request r) {
        if (r.header("X-Amz-Target") != null) return LocalAws.Response.json(200, "{}");
        if (r.method().equals("POST") && r.uri().contains("monitoring")) return LocalAws.Response.xml(200, "<PutMetricDataResponse><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PutMetricDataResponse>");
        if (r.method().equals("PUT")) return new LocalAws.Response(200, "application/xml", "", Map.of("ETag", "\"e1\""));
        return LocalAws.Response.xml(200, r.uri().contains("list-type") ? EMPTY_LIST : LocalAws.LIST_BUCKETS);
    }

    private static Session keys() {
        return Session.builder().regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build();
    }

    /** A client on AWS's own endpoints, over plain HTTP through the local server as its proxy. */
    private static AwsClient viaProxy(LocalAws proxy, String service, Map<String, ?> config) {
        Map<String, Object> c = new java.util.LinkedHashMap<>(config);
        c.put("proxies", Map.of("http", proxy.url()));
        c.put("retries", Map.of("max_attempts", 0));
        return keys().client(service, Map.of("use_ssl", false, "config", c));
    }

    private static String lastUrl(LocalAws aws) { return aws.requests.get(aws.requests.size() - 1).uri(); }

    @Test
    void endpointSettingsChooseTheHostAsBotocoreDoes() throws Exception {
        try (LocalAws proxy = new LocalAws(ConfigOnTheWireTest::answer)) {
            viaProxy(proxy, "s3", Map.of()).call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(lastUrl(proxy)).startsWith("http://demo.s3.amazonaws.com/?list-type=2");
            viaProxy(proxy, "s3", Map.of("s3", Map.of("use_accelerate_endpoint", true))).call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(lastUrl(proxy)).startsWith("http://demo.s3-accelerate.amazonaws.com/");
            viaProxy(proxy, "s3", Map.of("s3", Map.of("use_dualstack_endpoint", true))).call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(lastUrl(proxy)).startsWith("http://demo.s3.dualstack.us-east-1.amazonaws.com/");
            viaProxy(proxy, "sqs", Map.of("use_fips_endpoint", true)).call("list_queues");
            assertThat(lastUrl(proxy)).startsWith("http://sqs-fips.us-east-1.amazonaws.com/");
            viaProxy(proxy, "s3", Map.of("s3", Map.of("addressing_style", "path"))).call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(lastUrl(proxy)).startsWith("http://s3.amazonaws.com/demo?list-type=2");
            viaProxy(proxy, "s3", Map.of("s3", Map.of("us_east_1_regional_endpoint", "regional"))).call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(lastUrl(proxy)).startsWith("http://demo.s3.us-east-1.amazonaws.com/?list-type=2");
            viaProxy(proxy, "s3", Map.of()).call("put_object", Map.of("Bucket", "demo", "Key", "k", "Body", "hello"));
            String unsigned = proxy.requests.get(proxy.requests.size() - 1).header("x-amz-content-sha256");
            viaProxy(proxy, "s3", Map.of("s3", Map.of("payload_signing_enabled", true))).call("put_object", Map.of("Bucket", "demo", "Key", "k", "Body", "hello"));
            String signed = proxy.requests.get(proxy.requests.size() - 1).header("x-amz-content-sha256");
            assertThat(unsigned).as("an https endpoint: the payload is not signed").contains("UNSIGNED");
            assertThat(signed).doesNotContain("UNSIGNED");
        }
    }

    @Test
    void signingUserAgentValidationAndChecksumsChangeTheRequest() throws Exception {
        try (LocalAws aws = new LocalAws(ConfigOnTheWireTest::answer)) {
            Session session = aws.session();
            session.client("s3", Config.of(Map.of("signature_version", Config.UNSIGNED))).call("list_buckets");
            assertThat(aws.requests.get(0).header("Authorization")).isNull();
            session.client("s3", Config.of(Map.of("signature_version", "s3v4"))).call("list_buckets");
            assertThat(aws.requests.get(1).header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/");

            session.client("s3", Config.of(Map.of("user_agent", "my-agent/1.0"))).call("list_buckets");
            assertThat(aws.requests.get(2).header("User-Agent")).isEqualTo("my-agent/1.0");
            session.client("s3", Config.of(Map.of("user_agent_appid", "my-app"))).call("list_buckets");
            assertThat(aws.requests.get(3).header("User-Agent")).contains("app/my-app");

            AwsClient unvalidated = session.client("dynamodb", Config.of(Map.of("parameter_validation", false)));
            unvalidated.call("get_item", Map.of("TableName", "t"));
            assertThat(aws.requests.get(4).body()).isEqualTo("{\"TableName\":\"t\"}");

            session.client("s3").call("put_object", Map.of("Bucket", "demo", "Key", "a", "Body", "hello"));
            assertThat(aws.requests.get(5).header("x-amz-sdk-checksum-algorithm")).as("when_supported: the SDK's default, as botocore's").isEqualTo("CRC32");
            session.client("s3", Config.of(Map.of("request_checksum_calculation", "when_required"))).call("put_object", Map.of("Bucket", "demo", "Key", "a", "Body", "hello"));
            assertThat(aws.requests.get(6).header("x-amz-sdk-checksum-algorithm")).isNull();
            assertThat(aws.requests.get(6).body()).contains("hello").doesNotContain("x-amz-checksum");
        }
    }

    @Test
    void compressionAndHostPrefixSettings() throws Exception {
        try (LocalAws proxy = new LocalAws(ConfigOnTheWireTest::answer)) {
            Map<String, Object> metric = Map.of("Namespace", "demo", "MetricData", List.of(Map.of("MetricName", "m", "Value", 1.0)));
            viaProxy(proxy, "cloudwatch", Map.of("request_min_compression_size_bytes", 0)).call("put_metric_data", metric);
            assertThat(proxy.requests.get(0).header("Content-Encoding")).isEqualTo("gzip");
            viaProxy(proxy, "cloudwatch", Map.of("request_min_compression_size_bytes", 0, "disable_request_compression", true)).call("put_metric_data", metric);
            assertThat(proxy.requests.get(1).header("Content-Encoding")).isNull();
        }
    }

    @Test
    void whatTheSdkCannotHonourIsRefusedSayingWhy() {
        for (String key : List.of("client_context_params", "sigv4a_signing_region_set", "auth_scheme_preference", "ignore_configured_endpoint_urls")) {
            assertThatThrownBy(() -> Config.of(Map.of(key, Map.of()))).isInstanceOf(InvalidConfigError.class).hasMessageContaining(key + " cannot be honoured: ");
        }
        assertThatThrownBy(() -> Config.of(Map.of("proxies_config", Map.of("proxy_ca_bundle", "/tmp/ca.pem")))).isInstanceOf(InvalidConfigError.class)
                .hasMessageContaining("proxies_config.proxy_ca_bundle cannot be honoured");
        assertThatThrownBy(() -> Config.of(Map.of("signature_version", "s3"))).isInstanceOf(InvalidConfigError.class)
                .hasMessageContaining("SigV4 only").hasMessageContaining("v4, s3v4, unsigned");
        assertThatThrownBy(() -> Config.of(Map.of("client_cert", "/no/such/cert.pem"))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Config.of(Map.of("tcp_keepalive", "yes"))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("true or false");
        Config every = Config.of(Map.ofEntries(Map.entry("tcp_keepalive", true), Map.entry("defaults_mode", "standard"),
                Map.entry("endpoint_discovery_enabled", true), Map.entry("inject_host_prefix", false), Map.entry("account_id_endpoint_mode", "disabled"),
                Map.entry("response_checksum_validation", "when_required"), Map.entry("s3_disable_express_session_auth", true),
                Map.entry("s3", Map.of("payload_signing_enabled", true, "us_east_1_regional_endpoint", "regional", "use_arn_region", true)),
                Map.entry("proxies", Map.of("https", "http://user:pw@proxy.example:3128"))));
        assertThat(every.toString()).contains("user:****@proxy.example").doesNotContain(":pw@");
        assertThat(Config.of(every.toMap())).isEqualTo(every);
        assertThat(keys().client("s3", every).sdk().toString()).isNotNull();
    }

    @Test
    void clientKeywordsAsBoto3TakesThem() throws Exception {
        try (LocalAws aws = new LocalAws(ConfigOnTheWireTest::answer)) {
            Session plain = Session.builder().regionName("us-east-1").build();
            AwsClient s3 = plain.client("s3", Map.of("endpoint_url", aws.url(), "region_name", "eu-west-1", "aws_access_key_id", "AKIDKEYWORD",
                    "aws_secret_access_key", "kw-secret", "aws_session_token", "kw-token", "config", Map.of("user_agent_extra", "kw/1")));
            s3.call("list_buckets");
            LocalAws.Request sent = aws.requests.get(0);
            assertThat(sent.header("Authorization")).contains("Credential=AKIDKEYWORD/").contains("/eu-west-1/s3/aws4_request");
            assertThat(sent.header("X-Amz-Security-Token")).isEqualTo("kw-token");
            assertThat(sent.header("User-Agent")).contains("kw/1");
            assertThat(s3.meta().regionName()).isEqualTo("eu-west-1");
        }
        assertThatThrownBy(() -> Aws.client("s3", Map.of("regionname", "eu-west-1"))).isInstanceOf(UnknownNameError.class)
                .hasMessageContaining("'regionname'").hasMessageContaining("region_name");
        assertThatThrownBy(() -> Aws.client("s3", Map.of("api_version", "2006-03-01"))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("one API version");
        assertThatThrownBy(() -> Aws.client("s3", Map.of("verify", "/no/such/bundle.pem"))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("not a file");
    }

    @Test
    void accountIdEndpointsFollowAccountIdEndpointMode() throws Exception {
        try (LocalAws proxy = new LocalAws(ConfigOnTheWireTest::answer)) {
            Map<String, Object> kw = Map.of("use_ssl", false, "aws_access_key_id", "AKIDLOCALTEST", "aws_secret_access_key", "s", "aws_account_id", "123456789012",
                    "config", Map.of("proxies", Map.of("http", proxy.url()), "retries", Map.of("max_attempts", 0)));
            Session session = Session.builder().regionName("us-east-1").build();
            session.client("dynamodb", kw).call("list_tables");
            assertThat(lastUrl(proxy)).startsWith("http://123456789012.ddb.us-east-1.amazonaws.com/");
            Map<String, Object> disabled = new java.util.LinkedHashMap<>(kw);
            disabled.put("config", Map.of("proxies", Map.of("http", proxy.url()), "account_id_endpoint_mode", "disabled"));
            session.client("dynamodb", disabled).call("list_tables");
            assertThat(lastUrl(proxy)).startsWith("http://dynamodb.us-east-1.amazonaws.com/");
        }
    }
}
