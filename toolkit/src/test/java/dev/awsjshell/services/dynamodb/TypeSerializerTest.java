package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.ParamValidationError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** boto3's TypeSerializer and TypeDeserializer: the same values give the same {"S": ...} forms, and they round-trip. */
class TypeSerializerTest {
    record Case(String python, Object java) {}

    static final List<Case> CASES = List.of(
            new Case("None", null),
            new Case("True", true),
            new Case("42", 42),
            new Case("-7", -7L),
            new Case("Decimal('1.50')", new BigDecimal("1.50")),
            new Case("Decimal('1E+2')", new BigDecimal("1E+2")),
            new Case("Decimal('0.0000001')", new BigDecimal("0.0000001")),
            new Case("12345678901234567890123456789012345678", new BigInteger("12345678901234567890123456789012345678")),
            new Case("'text'", "text"),
            new Case("b'\\x00\\x01'", new byte[] {0, 1}),
            new Case("Binary(b'ab')", new Binary("ab".getBytes())),
            new Case("{'a'}", Set.of("a")),
            new Case("{Decimal('2.5')}", Set.of(new BigDecimal("2.5"))),
            new Case("{b'z'}", Set.of(new Binary("z".getBytes()))),
            new Case("set()", Set.of()),
            new Case("[1, 'two', None, [True]]", Arrays.asList(1, "two", null, List.of(true))),
            new Case("{'m': {'n': 1, 'l': []}}", Map.of("m", new LinkedHashMap<>(Map.of("n", 1, "l", List.of())))));

    @Test
    void serializesAsBoto3Does() {
        StringBuilder script = new StringBuilder("""
                import json, base64
                from decimal import Decimal
                from boto3.dynamodb.types import TypeSerializer, Binary
                s = TypeSerializer()
                def plain(v):
                    if isinstance(v, (bytes, bytearray)): return base64.b64encode(v).decode()
                    raise TypeError(v)
                out = []
                """);
        for (Case c : CASES) script.append("out.append(s.serialize(").append(c.python()).append("))\n");
        script.append("print(json.dumps(out, default=plain))\n");
        JsonNode expected = Boto3.run(script.toString());
        TypeSerializer serializer = new TypeSerializer();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < CASES.size(); i++) {
            Object ours = plain(serializer.serialize(CASES.get(i).java()));
            assertThat((JsonNode) json.valueToTree(ours)).as(CASES.get(i).python()).isEqualTo(expected.get(i));
        }
    }

    /** byte[] as the JSON's base64, so both sides compare. */
    private static Object plain(Object v) {
        if (v instanceof byte[] b) return Base64.getEncoder().encodeToString(b);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, plain(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    @Test
    void roundTripsAsPlainValues() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "1");
        item.put("price", new BigDecimal("9.99"));
        item.put("tags", new LinkedHashSet<>(List.of("a", "b")));
        item.put("scores", new LinkedHashSet<>(List.of(new BigDecimal("1"), new BigDecimal("2.5"))));
        item.put("blobs", new LinkedHashSet<>(List.of(new Binary(new byte[] {1}), new Binary(new byte[] {2}))));
        item.put("raw", new Binary(new byte[] {0, (byte) 0xff}));
        item.put("nothing", null);
        item.put("flag", false);
        item.put("nested", Map.of("list", List.of(new BigDecimal("3"), "x")));
        Object back = new TypeDeserializer().deserialize(new TypeSerializer().serialize(item));
        assertThat(back).isEqualTo(item);
        assertThat(new TypeDeserializer().deserialize(Map.of("B", "AAE="))).as("base64 text, as JSON carries it").isEqualTo(new Binary(new byte[] {0, 1}));
        assertThat(new Binary(new byte[] {'a', 0, '\''}).toString()).isEqualTo("Binary(b'a\\x00\\'')");
    }

    @Test
    void refusesWhatBoto3Refuses() {
        TypeSerializer s = new TypeSerializer();
        assertThatThrownBy(() -> s.serialize(1.5)).isInstanceOf(ParamValidationError.class)
                .hasMessageContaining("Float types are not supported. Use BigDecimal types instead");
        assertThatThrownBy(() -> s.serialize(Set.of(1.5f))).hasMessageContaining("Float types are not supported");
        assertThatThrownBy(() -> s.serialize(Set.of("a", 1))).hasMessageContaining("Unsupported type \"java.util.ImmutableCollections$Set12\"");
        assertThatThrownBy(() -> s.serialize(new Object())).hasMessageContaining("Unsupported type \"java.lang.Object\"");
        assertThatThrownBy(() -> s.serialize(new BigDecimal("1.000000000000000000000000000000000000000000"))).hasMessageContaining("38 digits");
        assertThatThrownBy(() -> s.serialize(new BigDecimal("1E+127"))).hasMessageContaining("range");
        assertThatThrownBy(() -> s.serialize(new BigDecimal("1E-166"))).hasMessageContaining("range");
        assertThat(s.serialize(new BigDecimal("1E-165"))).isEqualTo(Map.of("N", "1E-165"));
        TypeDeserializer d = new TypeDeserializer();
        assertThatThrownBy(() -> d.deserialize(Map.of())).hasMessageEndingWith("Value must be a nonempty dictionary whose key is a valid dynamodb type.");
        assertThatThrownBy(() -> d.deserialize(Map.of("X", 1))).hasMessageEndingWith("Dynamodb type X is not supported");
        assertThatThrownBy(() -> DynamoDbValues.serializeRequest("put_item", Map.of("Item", Map.of("ratio", 0.5))))
                .isInstanceOf(ParamValidationError.class).hasMessageContaining("put_item").hasMessageContaining("(ratio)");
    }
}
