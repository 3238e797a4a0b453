package dev.awsjshell.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** boto3's naming: botocore's {@code xform_name} and "did you mean" suggestions. */
public final class Names {
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");
    /** Names botocore special-cases because the regular transformation gets them wrong. */
    private static final Map<String, String> SPECIAL = Map.of(
            "CreateCachediSCSIVolume", "create_cached_iscsi_volume",
            "DescribeCachediSCSIVolumes", "describe_cached_iscsi_volumes",
            "DescribeStorediSCSIVolumes", "describe_stored_iscsi_volumes",
            "CreateStorediSCSIVolume", "create_stored_iscsi_volume",
            "ListHITsForQualificationType", "list_hits_for_qualification_type",
            "ExecutePartiQLStatement", "execute_partiql_statement",
            "ExecutePartiQLTransaction", "execute_partiql_transaction",
            "ExecutePartiQLBatch", "execute_partiql_batch");

    private Names() {}

    /** {@code ListObjectsV2} becomes {@code list_objects_v2}, as botocore's xform_name does. */
    public static String snake(String name) {
        if (name.contains("_")) return name;
        String special = SPECIAL.get(name);
        if (special != null) return special;
        name = name.replace("WhatsApp", "Whatsapp");
        Matcher plural = PLURAL_ACRONYM.matcher(name);
        if (plural.find()) {
            String matched = plural.group();
            name = name.substring(0, name.length() - matched.length()) + "_" + matched.toLowerCase(Locale.ROOT);
        }
        String s1 = FIRST_CAP.matcher(name).replaceAll("$1_$2");
        return END_CAP.matcher(s1).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code bucketExists} or {@code BucketExists} to {@code bucket_exists}. */
    public static String snakeFromCamel(String camel) {
        return snake(Character.toUpperCase(camel.charAt(0)) + camel.substring(1));
    }

    /** boto3's snake_case name in Java's camelCase: {@code list_objects_v2} becomes {@code listObjectsV2}. */
    public static String camelCase(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' || c == '-') {
                up = b.length() > 0;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** A service's name as a Java identifier: {@code cognito-idp} becomes {@code cognitoIdp}. */
    public static String javaIdentifier(String serviceName) { return camelCase(serviceName); }

    /** The candidates closest to {@code wanted}, best first: what a "did you mean" line names. */
    public static List<String> closest(String wanted, Collection<String> candidates, int max) {
        if (wanted == null) return List.of();
        String w = wanted.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (String c : candidates) {
            String n = c.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            int d = distance(w, n);
            if (n.startsWith(w) || w.startsWith(n)) d = Math.min(d, 1);
            if (d <= Math.max(2, w.length() / 3)) scored.add(Map.entry(c, d));
        }
        scored.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return scored.stream().limit(max).map(Map.Entry::getKey).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
