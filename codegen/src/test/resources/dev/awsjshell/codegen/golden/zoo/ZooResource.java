package dev.awsjshell.views;

/** boto3's zoo.zoo. Generated from data/resources/zoo.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ZooResource extends dev.awsjshell.resource.ServiceResource {
    public ZooResource(Init init) { super(init); }
    /** action open_gates (hand-written in boto3, and here) */
    public void openGates() { custom("open_gates"); }
    public void openGates(java.time.Instant at) { custom("open_gates", at); }
    /** sub-resource Animal */
    public ZooAnimal animal(String id) { return (ZooAnimal) subresource("Animal", id); }
    /** sub-resource Keeper */
    public ZooKeeper keeper(String name) { return (ZooKeeper) subresource("Keeper", name); }
    /** collection animals: list_animals */
    public dev.awsjshell.resource.ResourceCollection<ZooAnimal> animals() { return typedCollection("animals"); }
    /** collection available_subresources: list_keepers */
    public dev.awsjshell.resource.ResourceCollection<ZooKeeper> availableSubresourcesCollection() { return typedCollection("available_subresources"); }
}
