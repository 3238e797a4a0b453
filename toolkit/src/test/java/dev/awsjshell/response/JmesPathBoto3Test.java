package dev.awsjshell.response;

import dev.awsjshell.LocalAws;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.PageIterable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * search() and a paginator's search() answer as boto3 does on the same data: the same S3 pages, parsed by botocore on one
 * side and by the SDK on the other, searched with boto3's user-guide expressions; and the values only boto3's data has
 * (datetime, Decimal, bytes, set) behave as they do in python's jmespath.
 */
class JmesPathBoto3Test {
    static final ObjectMapper JSON = new ObjectMapper();

    static String page(String token, String next, String... objects) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>b</Name><Prefix></Prefix><KeyCount>" + objects.length / 3 + "</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>" + (next != null) + "</IsTruncated>");
        if (token != null) b.append("<ContinuationToken>").append(token).append("</ContinuationToken>");
        if (next != null) b.append("<NextContinuationToken>").append(next).append("</NextContinuationToken>");
        for (int i = 0; i < objects.length; i += 3) {
            b.append("<Contents><Key>").append(objects[i]).append("</Key><LastModified>").append(objects[i + 1])
                    .append("</LastModified><ETag>&quot;e").append(i).append("&quot;</ETag><Size>").append(objects[i + 2])
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return b.append("</ListBucketResult>").toString();
    }

    static final List<String> PAGES = List.of(
            page(null, "t1", "logs/a.txt", "2014-12-31T23:59:59.000Z", "150", "logs/b.txt", "2015-01-05T08:05:37.000Z", "50"),
            page("t1", null, "notes/c.txt", "2022-01-05T08:05:37.123Z", "3000", "notes/é.txt", "2021-06-01T00:00:00.000Z", "0"));

    static final List<String> EXPRESSIONS = List.of(
            "Contents[?Size > `100`][]",                                                // boto3's user guide, "Filtering results with JMESPath"
            "Contents[?to_string(LastModified)>='\"2015-01-01 00:00:00+00:00\"'].Key",  // the same guide, on timestamps
            "Contents[?LastModified > '2015'].Key",                                     // a datetime is not a string: nothing matches
            "Contents[?Key > 'm'].Key",                                                 // strings order
            "Contents[?Key < 'notes/z' && Key >= 'logs/b'].Key",
            "max_by(Contents, &Size).Key",
            "sort_by(Contents, &to_string(LastModified))[].Key",
            "Contents[].LastModified",
            "to_string(Contents[0].LastModified)",
            "NextContinuationToken",
            "type(Contents[0].LastModified)",
            "Contents[?LastModified == `null`]",
            "{keys: Contents[].Key, total: sum(Contents[].Size)}",
            "length(Contents[?starts_with(Key, 'logs/')])");

    static final String BOTO3 = """
            import json, sys, botocore.session, jmespath
            from botocore.parsers import RestXMLParser
            model = botocore.session.get_session().get_service_model('s3').operation_model('ListObjectsV2')
            given = json.load(sys.stdin)
            pages = [RestXMLParser().parse({'body': body.encode(), 'headers': {}, 'status_code': 200}, model.output_shape) for body in given['pages']]
            out = []
            for expression in given['expressions']:
                results = []
                compiled = jmespath.compile(expression)
                for page in pages:            # botocore's PageIterator.search
                    r = compiled.search(page)
                    if isinstance(r, list): results.extend(r)
                    else: results.append(r)
                out.append(results)
            print(json.dumps(out, default=str))
            """;

    @Test
    void aPaginatorsSearchAnswersAsBoto3sOnTheSamePages() throws Exception {
        Map<String, Object> input = Map.of("pages", PAGES, "expressions", EXPRESSIONS);
        JsonNode boto3 = JmesPathComplianceTest.python(BOTO3, JSON.writeValueAsString(input));
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, r.uri().contains("continuation-token=t1") ? PAGES.get(1) : PAGES.get(0)))) {
            AwsClient s3 = aws.session().client("s3");
            for (int i = 0; i < EXPRESSIONS.size(); i++) {
                PageIterable pages = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b"));
                List<Object> ours = new ArrayList<>();
                pages.search(EXPRESSIONS.get(i)).forEach(ours::add);
                assertThat(JSON.readTree(JmesPath.dumps(ours))).as(EXPRESSIONS.get(i)).isEqualTo(boto3.get(i));
            }
            PageIterable pages = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b"));
            assertThat(pages.search("Contents[?Size > `100`].Key", String.class).toList()).containsExactly("logs/a.txt", "notes/c.txt");
            assertThat(pages.search("Contents[0].LastModified", Instant.class).toList()).containsExactly(
                    Instant.parse("2014-12-31T23:59:59Z"), Instant.parse("2022-01-05T08:05:37.123Z"));
            assertThat(pages.search("NextContinuationToken", String.class).toList()).as("None on the last page, as botocore yields it").containsExactly("t1", null);
            assertThatThrownBy(() -> pages.search("Contents[].Size", String.class).toList()).hasMessageContaining("not String");
        }
    }

    @Test
    void boto3sOwnValuesBehaveAsInPython() throws Exception {
        String python = """
                import json, jmespath, datetime
                from decimal import Decimal
                from dateutil.tz import tzutc
                data = {'when': datetime.datetime(2022, 1, 5, 8, 5, 37, tzinfo=tzutc()), 'price': Decimal('1.50'), 'blob': b'ab',
                        'tags': {'red'}, 'n': 3, 'f': 2.5, 'items': [{'p': Decimal('2')}, {'p': Decimal('1')}]}
                out = []
                for e in %s:
                    try: out.append({'result': jmespath.search(e, data)})
                    except Exception as ex: out.append({'error': type(ex).__name__})
                print(json.dumps(out, default=str))
                """;
        List<String> expressions = List.of("when == when", "when < when", "to_string(when)", "type(when)", "!when", "price > `1`",
                "price == `1.5`", "abs(price)", "type(price)", "to_string(price)", "to_number(price)", "items[?p > `1`]", "sort_by(items, &p)",
                "to_string(blob)", "length(blob)", "blob == blob", "tags", "contains(tags, 'red')", "tags[0]", "!tags", "n < f", "`1` < 'a'",
                "to_string(f)", "to_string(`1e20`)", "avg(`[1, 2]`)", "ceil(f)", "to_number(' 42 ')", "to_number('1_000')");
        JsonNode expected = JmesPathComplianceTest.python(python.formatted(JSON.writeValueAsString(expressions)), "");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("when", Instant.parse("2022-01-05T08:05:37Z"));
        data.put("price", new BigDecimal("1.50"));
        data.put("blob", new byte[] {'a', 'b'});
        data.put("tags", Set.of("red"));
        data.put("n", 3);
        data.put("f", 2.5);
        data.put("items", List.of(Map.of("p", new BigDecimal("2")), Map.of("p", new BigDecimal("1"))));
        for (int i = 0; i < expressions.size(); i++) {
            JsonNode theirs = expected.get(i);
            String e = expressions.get(i);
            if (theirs.has("error")) {
                assertThatThrownBy(() -> JmesPath.search(e, data)).as(e).isInstanceOf(JmesPathError.class);
            } else {
                assertThat(JSON.readTree(JmesPath.dumps(JmesPath.search(e, data)))).as(e).isEqualTo(theirs.get("result"));
            }
        }
    }
}
