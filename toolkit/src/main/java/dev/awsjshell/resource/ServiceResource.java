package dev.awsjshell.resource;

import dev.awsjshell.resource.model.ResourceModel;

import java.util.List;

/** boto3's service resource, {@code Aws.resource("s3")}: the entry to a service's resources and top-level collections. */
public class ServiceResource extends Resource {
    public ServiceResource(Init init) { super(init); }

    /** The resource types this service offers as sub-resources: {@code [Bucket, BucketAcl, ..., Object, ...]}. */
    public List<String> availableSubresources() { return type.subresources().stream().map(ResourceModel.Related::name).toList(); }
}
