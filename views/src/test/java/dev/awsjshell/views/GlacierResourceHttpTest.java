package dev.awsjshell.views;

import dev.awsjshell.LocalAws;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * glacier's resources over HTTP (REST-JSON): each request's method, path, query and body as the SDK serialises them,
 * each answer as Glacier sends it (shapes from the Glacier API reference; {@code -} is the caller's own account).
 */
class GlacierResourceHttpTest {
    private static final String VAULT_ARN = "arn:aws:glacier:us-east-1:123456789012:vaults/photos";

    @Test
    void initiateInventoryRetrievalPostsAJobAndReturnsTheJobNamedInTheAnswersHeaders() throws Exception {
        try (LocalAws aws = new LocalAws(r -> new LocalAws.Response(202, "application/json", "", Map.of(
                "x-amzn-RequestId", "REQ-initiate", "Location", "/123456789012/vaults/photos/jobs/job-1",
                "x-amz-job-id", "job-1", "x-amz-job-output-path", "")))) {
            GlacierResource glacier = aws.session().resource("glacier");

            GlacierJob job = glacier.vault("-", "photos").initiateInventoryRetrieval();

            assertThat(aws.requests).hasSize(1);
            LocalAws.Request request = aws.requests.get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri()).isEqualTo("/-/vaults/photos/jobs");
            assertThat(request.header("x-amz-glacier-version")).isEqualTo("2012-06-01");
            assertThat(request.body()).contains("\"Type\":\"inventory-retrieval\"");
            assertThat(job.id()).isEqualTo("job-1");
            assertThat(job.accountId()).isEqualTo("-");
            assertThat(job.vaultName()).isEqualTo("photos");
        }
    }

    @Test
    void jobsIterateTwoPagesWithTheMarkerAndTheirAttributesComeFromTheListing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> r.uri().contains("marker=")
                ? json(200, "{\"JobList\":[" + job("job-3", "InProgress") + "]}")
                : json(200, "{\"JobList\":[" + job("job-1", "Succeeded") + "," + job("job-2", "Failed") + "],\"Marker\":\"page-2\"}"))) {
            GlacierResource glacier = aws.session().resource("glacier");

            List<GlacierJob> jobs = glacier.vault("-", "photos").jobs().toList();

            assertThat(jobs).extracting(GlacierJob::id).containsExactly("job-1", "job-2", "job-3");
            assertThat(jobs).allSatisfy(j -> {
                assertThat(j.accountId()).isEqualTo("-");
                assertThat(j.vaultName()).isEqualTo("photos");
            });
            assertThat(aws.requests).hasSize(2).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            assertThat(aws.requests.get(0).uri()).isEqualTo("/-/vaults/photos/jobs");
            assertThat(aws.requests.get(1).uri()).startsWith("/-/vaults/photos/jobs?").contains("marker=page-2");
            assertThat(jobs).extracting(GlacierJob::statusCode).containsExactly("Succeeded", "Failed", "InProgress");
            assertThat(jobs.get(0).action()).isEqualTo("InventoryRetrieval");
            assertThat(jobs.get(0).completed()).isTrue();
            assertThat(jobs.get(0).inventorySizeInBytes()).isEqualTo(1024L);
            assertThat(jobs.get(0).vaultArn()).isEqualTo(VAULT_ARN);
            assertThat(aws.requests).as("attributes read from the listing send nothing").hasSize(2);
        }
    }

    /**
     * The model has no references for glacier (every link between its resources is built from identifiers, so they are
     * sub-resources): Job.vault() and Vault.account() send nothing.
     */
    @Test
    void aJobsVaultAndItsAccountAreBuiltFromIdentifiersAndTheVaultLoadsWithDescribeVault() throws Exception {
        try (LocalAws aws = new LocalAws(r -> json(200, describeVault()))) {
            GlacierResource glacier = aws.session().resource("glacier");
            assertThat(glacier.meta().describe().values()).allSatisfy(names -> assertThat(names.get("references")).isEmpty());

            GlacierVault vault = glacier.job("-", "photos", "job-1").vault();
            GlacierAccount account = vault.account();

            assertThat(vault.accountId()).isEqualTo("-");
            assertThat(vault.name()).isEqualTo("photos");
            assertThat(account.id()).isEqualTo("-");
            assertThat(aws.requests).isEmpty();

            assertThat(vault.vaultArn()).isEqualTo(VAULT_ARN);
            assertThat(aws.requests).hasSize(1);
            assertThat(aws.requests.get(0).method()).isEqualTo("GET");
            assertThat(aws.requests.get(0).uri()).isEqualTo("/-/vaults/photos");
        }
    }

    /** The model has no resource waiter for glacier (nor has boto3's); a vault waits with the client's vault_exists. */
    @Test
    void noResourceWaiterSoTheClientsVaultExistsRetriesOnResourceNotFound() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> calls.incrementAndGet() == 1
                ? json(404, "{\"code\":\"ResourceNotFoundException\",\"message\":\"Vault not found for ARN: " + VAULT_ARN + "\",\"type\":\"Client\"}")
                : json(200, describeVault()))) {
            GlacierResource glacier = aws.session().resource("glacier");
            GlacierVault vault = glacier.vault("-", "photos");
            assertThat(glacier.meta().describe().values()).allSatisfy(names -> assertThat(names.get("waiters")).isEmpty());

            vault.meta().client().getWaiter("vault_exists").wait(Map.of("accountId", vault.accountId(), "vaultName", vault.name(),
                    "WaiterConfig", Map.of("Delay", 0.01, "MaxAttempts", 2)));

            assertThat(aws.requests).hasSize(2).allSatisfy(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.uri()).isEqualTo("/-/vaults/photos");
            });
        }
    }

    @Test
    void anAttributeLoadsOnceWithDescribeVaultAndReloadSendsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> json(200, describeVault()))) {
            GlacierResource glacier = aws.session().resource("glacier");
            GlacierVault vault = glacier.vault("-", "photos");
            assertThat(vault.meta().data()).isNull();

            assertThat(vault.numberOfArchives()).isEqualTo(2L);
            assertThat(aws.requests).hasSize(1);
            assertThat(aws.requests.get(0).uri()).isEqualTo("/-/vaults/photos");

            assertThat(vault.sizeInBytes()).isEqualTo(12334L);
            assertThat(vault.creationDate()).isEqualTo("2026-01-31T12:00:00.000Z");
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            vault.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(aws.requests.get(1).uri()).isEqualTo("/-/vaults/photos");
        }
    }

    // ---- Glacier's answers ----

    private static LocalAws.Response json(int status, String body) {
        return new LocalAws.Response(status, "application/json", body, Map.of("x-amzn-RequestId", "REQ" + status));
    }

    private static String describeVault() {
        return "{\"CreationDate\":\"2026-01-31T12:00:00.000Z\",\"LastInventoryDate\":\"2026-02-01T12:00:00.000Z\","
                + "\"NumberOfArchives\":2,\"SizeInBytes\":12334,\"VaultARN\":\"" + VAULT_ARN + "\",\"VaultName\":\"photos\"}";
    }

    private static String job(String id, String status) {
        return "{\"Action\":\"InventoryRetrieval\",\"ArchiveId\":null,\"ArchiveSizeInBytes\":null,\"Completed\":" + !status.equals("InProgress") + ","
                + "\"CompletionDate\":\"2026-01-31T16:00:00.000Z\",\"CreationDate\":\"2026-01-31T12:00:00.000Z\","
                + "\"InventorySizeInBytes\":1024,\"JobDescription\":null,\"JobId\":\"" + id + "\",\"RetrievalByteRange\":null,"
                + "\"SHA256TreeHash\":null,\"SNSTopic\":null,\"StatusCode\":\"" + status + "\",\"StatusMessage\":\"" + status + "\","
                + "\"VaultARN\":\"" + VAULT_ARN + "\"}";
    }
}
