package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's own token as StartingToken, and a collection's filter with limit and page_size, as boto3 1.43.11 treats them. */
class StartingTokenTest {
    private static final String PAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>demo</Name><KeyCount>3</KeyCount><IsTruncated>false</IsTruncated>"
            + "<Contents><Key>a</Key></Contents><Contents><Key>b</Key></Contents><Contents><Key>c</Key></Contents></ListBucketResult>";

    @Test
    void theServicesOwnTokenIsAcceptedAsBotocoreAcceptsIt() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, PAGE))) {
            AwsClient s3 = aws.session().client("s3");
            // boto3 sent continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYLgveDs2J%2Fwm36Hy4vbOwM%3D and gave a, b, c
            List<AwsMap> pages = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo",
                    "PaginationConfig", Map.of("StartingToken", "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="))).stream().toList();
            assertThat(aws.requests.get(0).uri()).contains("continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYLgveDs2J%2Fwm36Hy4vbOwM%3D");
            assertThat(pages.get(0).search("Contents[].Key")).isEqualTo(List.of("a", "b", "c"));
            // the old form TOKEN___INDEX: the token, and items skipped up to the index (boto3: continuation-token=tok, [c])
            pages = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "PaginationConfig", Map.of("StartingToken", "tok___2"))).stream().toList();
            assertThat(aws.requests.get(1).uri()).contains("continuation-token=tok");
            assertThat(pages.get(0).search("Contents[].Key")).isEqualTo(List.of("c"));
            // a token the paginator gave still works
            var first = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "PaginationConfig", Map.of("MaxItems", 1)));
            first.stream().toList();
            s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "PaginationConfig", Map.of("StartingToken", first.resumeToken()))).stream().toList();
            assertThat(aws.requests.get(aws.requests.size() - 1).uri()).doesNotContain("continuation-token");
        }
    }

    @Test
    void filterWithLimitAndPageSizeIsLimitAndPageSize() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, PAGE))) {
            ServiceResource s3 = aws.session().resource("s3");
            Resource bucket = s3.subresource("Bucket", "demo");
            List<Object> keys = bucket.collection("objects").filter(Map.of("Prefix", "x", "limit", 2, "page_size", 10)).stream().map(o -> o.get("key")).toList();
            // boto3: ['a', 'b'] from /demo?prefix=x&max-keys=10
            assertThat(keys).isEqualTo(List.of("a", "b"));
            assertThat(aws.requests).hasSize(1);
            assertThat(aws.requests.get(0).uri()).contains("prefix=x").contains("max-keys=10").doesNotContain("limit").doesNotContain("page_size");
        }
    }
}
