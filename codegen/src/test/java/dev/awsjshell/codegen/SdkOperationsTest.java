package dev.awsjshell.codegen;

import dev.awsjshell.model.OperationModel;
import dev.awsjshell.model.ServiceCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The class file gives the operations the toolkit's clients call, as reflection on the client interface does. */
class SdkOperationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"s3", "dynamodb", "dynamodbstreams", "ec2", "lambda", "kinesis", "sqs", "bedrock-runtime", "transcribe"})
    void sameOperationsAsTheClientCalls(String service) {
        var fromClassFile = SdkOperations.of(ServiceCatalog.clientInterfaceName(service), getClass().getClassLoader());
        var byReflection = ServiceCatalog.model(service).operations().values().stream().map(OperationModel::name).sorted().toList();
        assertThat(fromClassFile).isNotEmpty().containsExactlyElementsOf(byReflection);
    }
}
