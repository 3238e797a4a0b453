package dev.awsjshell;

import dev.awsjshell.util.Names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    @Test
    void snakeCaseAsBotocoreXformName() {
        assertThat(Names.snake("ListObjectsV2")).isEqualTo("list_objects_v2");
        assertThat(Names.snake("GetBucketAcl")).isEqualTo("get_bucket_acl");
        assertThat(Names.snake("DescribeDBInstances")).isEqualTo("describe_db_instances");
        assertThat(Names.snake("ListWebACLs")).isEqualTo("list_web_acls");
        assertThat(Names.snake("CreateCachediSCSIVolume")).isEqualTo("create_cached_iscsi_volume");
        assertThat(Names.snake("ExecutePartiQLStatement")).isEqualTo("execute_partiql_statement");
        assertThat(Names.snakeFromCamel("bucketExists")).isEqualTo("bucket_exists");
    }

    @Test
    void closestNamesForDidYouMean() {
        assertThat(Names.closest("list_object_v2", List.of("list_objects", "list_objects_v2", "put_object"), 2)).startsWith("list_objects_v2");
        assertThat(Names.closest("zzz", List.of("list_objects"), 2)).isEmpty();
    }
}
