package dev.awsjshell.views;

/** boto3's zoo.Keeper. Generated from data/resources/zoo.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ZooKeeper extends dev.awsjshell.resource.Resource {
    public ZooKeeper(Init init) { super(init); }
    /** identifier name */
    public String name() { return identifier("name"); }
}
