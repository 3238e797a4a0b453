package dev.awsjshell.codegen;

import dev.awsjshell.codegen.ClientViewGenerator.Operation;
import dev.awsjshell.codegen.ClientViewGenerator.Service;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of the typed client views: a small fixture service must generate exactly {@code golden-clients/}, whitespace
 * aside ({@code -Dcodegen.regenerate=true} rewrites them, as for the resource views). The fixture has an operation
 * without required members (it gets a no-argument overload too), one whose name is an inherited method's
 * ({@code help}: suffixed), and a description holding javadoc's special characters.
 */
class ClientViewGeneratorGoldenTest {
    static final Path GOLDEN = Fixtures.ROOT.resolve("golden-clients");

    static final List<Service> FIXTURE = List.of(new Service("shop-front", "ShopFrontApi", List.of(
            new Operation("get_item", "GetItem", List.of("ItemId"), "Returns an item's <b>attributes</b>; see */, @since and C:\\users."),
            new Operation("help", "Help", List.of(), "Asks a person."),
            new Operation("list_items", "ListItems", List.of(), ""))));

    @Test
    void generatesTheGoldenClientViews() throws IOException {
        SortedMap<String, String> generated = ClientViewGenerator.generate(FIXTURE, Map.of("shop", "ShopResource"));
        if (ViewGeneratorGoldenTest.REGENERATE) ViewGenerator.write(generated, GOLDEN);
        assertThat(generated.keySet()).containsExactly("Clients.java", "Resources.java", "ShopFrontApi.java");
        for (Map.Entry<String, String> e : generated.entrySet()) {
            String expected = Files.readString(GOLDEN.resolve(e.getKey()));
            assertThat(ViewGeneratorGoldenTest.normalize(e.getValue())).as(ViewGeneratorGoldenTest.diff(e.getKey(), expected, e.getValue()))
                    .isEqualTo(ViewGeneratorGoldenTest.normalize(expected));
        }
    }
}
