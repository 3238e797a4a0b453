package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.DynamoDBNeedsKeyConditionError;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.awsjshell.services.dynamodb.Conditions.Attr;
import static dev.awsjshell.services.dynamodb.Conditions.Key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expression strings and placeholders are boto3's, for the same conditions: each case runs through boto3's builder too. */
class ConditionsTest {
    record Case(String python, Condition java, boolean key) {}

    static final List<Case> CASES = List.of(
            new Case("Key('year').eq(1985)", Key("year").eq(1985), true),
            new Case("Key('year').eq(1985) & Key('title').begins_with('A')", Key("year").eq(1985).and(Key("title").beginsWith("A")), true),
            new Case("Key('year').between(1950, 1959)", Key("year").between(1950, 1959), true),
            new Case("Key('a').lt(1) & Key('b').lte(2)", Key("a").lt(1).and(Key("b").lte(2)), true),
            new Case("Key('a').gt(1) & Key('b').gte(2)", Key("a").gt(1).and(Key("b").gte(2)), true),
            new Case("Attr('info.rating').gt(8) & Attr('state').eq('open')", Attr("info.rating").gt(8).and(Attr("state").eq("open")), false),
            new Case("Attr('a').ne(1) | Attr('b').is_in(['x', 'y', 'z'])", Attr("a").ne(1).or(Attr("b").isIn(List.of("x", "y", "z"))), false),
            new Case("~Attr('done').exists()", Attr("done").exists().not(), false),
            new Case("Attr('gone').not_exists()", Attr("gone").notExists(), false),
            new Case("Attr('tags').contains('red')", Attr("tags").contains("red"), false),
            new Case("Attr('tags').size().gt(2)", Attr("tags").size().gt(2), false),
            new Case("Attr('n').attribute_type('N')", Attr("n").attributeType("N"), false),
            new Case("Attr('list[0].name').eq('x')", Attr("list[0].name").eq("x"), false),
            new Case("Attr('a.b[1][2].c').eq(Attr('d'))", Attr("a.b[1][2].c").eq(Attr("d")), false),
            new Case("(Attr('a').eq(1) | Attr('b').eq(2)) & ~(Attr('c').lt(3) & Attr('d').between(4, 5))",
                    Attr("a").eq(1).or(Attr("b").eq(2)).and(Attr("c").lt(3).and(Attr("d").between(4, 5)).not()), false),
            new Case("Attr('x').begins_with('pre') & Attr('y').size().between(1, 9)", Attr("x").beginsWith("pre").and(Attr("y").size().between(1, 9)), false),
            new Case("Attr('nothing').eq(None)", Attr("nothing").eq(null), false));

    @Test
    void expressionsAndPlaceholdersAreBoto3s() {
        StringBuilder script = new StringBuilder("import json\nfrom boto3.dynamodb.conditions import Key, Attr, ConditionExpressionBuilder\n"
                + "b = ConditionExpressionBuilder()\nout = []\n");
        for (Case c : CASES) {
            script.append("r = b.build_expression(").append(c.python()).append(", is_key_condition=").append(c.key() ? "True" : "False").append(")\n")
                    .append("out.append([r.condition_expression, r.attribute_name_placeholders, {k: v for k, v in r.attribute_value_placeholders.items()}])\n");
        }
        script.append("print(json.dumps(out))\n");
        JsonNode expected = Boto3.run(script.toString());
        ConditionExpressionBuilder builder = new ConditionExpressionBuilder();   // one builder: the counters run on, as boto3's
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            BuiltConditionExpression built = builder.buildExpression(c.java(), c.key());
            JsonNode e = expected.get(i);
            assertThat(built.conditionExpression()).as(c.python()).isEqualTo(e.get(0).asText());
            Map<String, String> names = new LinkedHashMap<>();
            e.get(1).fields().forEachRemaining(f -> names.put(f.getKey(), f.getValue().asText()));
            assertThat(built.attributeNamePlaceholders()).as(c.python()).containsExactlyEntriesOf(names);
            Map<String, String> values = new LinkedHashMap<>();
            e.get(2).fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().isNull() ? "null" : f.getValue().asText()));
            Map<String, String> ours = new LinkedHashMap<>();
            built.attributeValuePlaceholders().forEach((k, v) -> ours.put(k, String.valueOf(v)));
            assertThat(ours).as(c.python()).containsExactlyEntriesOf(values);
        }
    }

    @Test
    void aRequestGetsBoto3sPlaceholdersMergedWithTheUsersOwn() {
        // FilterExpression (botocore's ConditionExpression shape) is built before KeyConditionExpression, as boto3 does
        JsonNode expected = Boto3.run("""
                import json, botocore.session
                from boto3.dynamodb.conditions import Key, Attr
                from boto3.dynamodb.transform import TransformationInjector
                model = botocore.session.get_session().get_service_model('dynamodb').operation_model('Query')
                params = {'TableName': 't', 'KeyConditionExpression': Key('year').eq(1985),
                          'FilterExpression': Attr('state').eq('open') & Attr('info.rating').gte(8),
                          'ProjectionExpression': '#t', 'ExpressionAttributeNames': {'#t': 'title'}}
                TransformationInjector().inject_condition_expressions(params, model)
                print(json.dumps(params))
                """);
        Map<String, Object> ours = DynamoDbValues.injectConditions(Map.of("TableName", "t", "KeyConditionExpression", Key("year").eq(1985),
                "FilterExpression", Attr("state").eq("open").and(Attr("info.rating").gte(8)),
                "ProjectionExpression", "#t", "ExpressionAttributeNames", Map.of("#t", "title")));
        assertThat(ours.get("KeyConditionExpression")).isEqualTo(expected.get("KeyConditionExpression").asText()).isEqualTo("#n3 = :v2");
        assertThat(ours.get("FilterExpression")).isEqualTo(expected.get("FilterExpression").asText());
        Map<String, String> names = new LinkedHashMap<>();
        expected.get("ExpressionAttributeNames").fields().forEachRemaining(f -> names.put(f.getKey(), f.getValue().asText()));
        assertThat(ours.get("ExpressionAttributeNames")).isEqualTo(names);
        assertThat(((Map<?, ?>) ours.get("ExpressionAttributeValues")).keySet()).isEqualTo(java.util.Set.of(":v0", ":v1", ":v2"));
        assertThat(DynamoDbValues.serializeRequest("query", ours).get("ExpressionAttributeValues"))
                .isEqualTo(Map.of(":v0", Map.of("S", "open"), ":v1", Map.of("N", "8"), ":v2", Map.of("N", "1985")));
        assertThat(DynamoDbValues.injectConditions(Map.of("KeyConditionExpression", "id = :id")))
                .as("a string is left as it is, and nothing is added").isEqualTo(Map.of("KeyConditionExpression", "id = :id"));
    }

    @Test
    void anAttrInAKeyConditionIsBoto3sError() {
        assertThatThrownBy(() -> DynamoDbValues.injectConditions(Map.of("KeyConditionExpression", Key("id").eq(1).and(Attr("x").eq(2)))))
                .isInstanceOf(DynamoDBNeedsKeyConditionError.class)
                .hasMessage("Attribute object x is of type Attr. KeyConditionExpression only supports Attribute objects of type Key");
    }

    @Test
    void conditionsCompareAsBoto3sDo() {
        assertThat(Key("year").eq(1985)).isEqualTo(Key.of("year").eq(1985)).isNotEqualTo(Key("year").eq(1986)).isNotEqualTo(Key("year").lt(1985));
        assertThat(Attr("a").size()).isEqualTo(Attr("a").size());
        assertThat(Attr("a").eq(new BigDecimal("1.5")).toString()).isEqualTo("Condition(#n0 = :v0, {#n0=a}, {:v0=1.5})");
    }
}
