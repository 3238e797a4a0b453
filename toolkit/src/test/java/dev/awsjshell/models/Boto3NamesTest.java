package dev.awsjshell.models;

import dev.awsjshell.Aws;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.shape.MemberIndex;
import dev.awsjshell.util.Names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our names checked against botocore's own models (Debian's python3-botocore, installed by .ci/run; skipped where absent):
 * operations, input members (through the alias table), waiter names.
 */
@Tag("slow")
class Boto3NamesTest {
    static final List<String> SERVICES = System.getProperty("boto3names.all") != null ? ServiceCatalog.serviceNames()
            : List.of("s3", "sqs", "dynamodb", "ssm", "ec2", "iam", "sns", "lambda", "cloudformation", "stepfunctions", "sts", "kms", "glacier", "cloudwatch", "logs", "rds", "ecs");
    static Path botocoreData;

    @BeforeAll
    static void findBotocore() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv/versions");
        if (Files.isDirectory(pyenv)) {
            try (Stream<Path> s = Files.list(pyenv)) {
                s.forEach(v -> candidates.add(v.resolve("lib").resolve("python3." + v.getFileName().toString().split("\\.")[1]).resolve("site-packages/botocore/data")));
            }
        }
        candidates.add(Path.of("/usr/lib/python3/dist-packages/botocore/data"));
        botocoreData = candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    static Optional<JsonNode> model(String service, String file) throws IOException {
        Path dir = botocoreData.resolve(service);
        if (!Files.isDirectory(dir)) return Optional.empty();
        Path version;
        try (Stream<Path> s = Files.list(dir)) {
            version = s.filter(Files::isDirectory).max(Comparator.naturalOrder()).orElseThrow();
        }
        for (String name : List.of(file + ".gz", file)) {
            Path p = version.resolve(name);
            if (Files.exists(p)) {
                try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                    return Optional.of(new ObjectMapper().readTree(in));
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void operationsAndInputMembersAreBoto3s() throws IOException {
        assumeTrue(botocoreData != null, "botocore's models are not installed");
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode model = model(service, "service-2.json").orElse(null);
            if (model == null) continue;
            AwsClient client = Aws.session().regionName("us-east-1").build().client(service);
            Set<String> ours = new TreeSet<>(client.operations());
            model.get("operations").fields().forEachRemaining(op -> {
                String snake = Names.snake(op.getKey());
                if (!ours.contains(snake)) return; // an operation botocore has and this SDK version lacks, or an event stream
                OperationModel ourOp = ServiceCatalog.model(service).operation(snake);
                JsonNode input = op.getValue().path("input").path("shape");
                if (input.isMissingNode()) return;
                Set<String> fields = MemberIndex.fields(ourOp.requestClass()).keySet();
                model.get("shapes").get(input.asText()).path("members").fieldNames().forEachRemaining(member -> {
                    boolean payload = ourOp.kind() == OperationModel.Kind.STREAMING_INPUT && member.equalsIgnoreCase("body");
                    if (!fields.contains(member) && !payload) problems.add(service + "." + op.getKey() + "." + member);
                });
            });
        }
        assertThat(problems).as("botocore input members our client does not know by boto3's name").isEmpty();
    }

    @Test
    void waiterNamesAreBoto3s() throws IOException {
        assumeTrue(botocoreData != null, "botocore's models are not installed");
        int boto3Waiters = 0, missing = 0;
        for (String service : SERVICES) {
            Optional<JsonNode> waiters = model(service, "waiters-2.json");
            Set<String> boto3 = new TreeSet<>();
            waiters.ifPresent(w -> w.get("waiters").fieldNames().forEachRemaining(n -> boto3.add(Names.snake(n))));
            List<String> ours = Aws.client(service).waiterNames();
            boto3Waiters += boto3.size();
            missing += (int) boto3.stream().filter(n -> !ours.contains(n)).count();
        }
        // The SDK skips a few waiters it cannot express, and its models and botocore's are not of the same day; a naming
        // mistake would miss far more than these.
        assertThat(missing).as("boto3 waiters not found under their boto3 name, of " + boto3Waiters).isLessThanOrEqualTo(boto3Waiters / 10);
    }
}
