package dev.awsjshell.views;

/** boto3's shop.shop. Generated from data/resources/shop.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ShopResource extends dev.awsjshell.resource.ServiceResource {
    public ShopResource(Init init) { super(init); }
    /** action create_store: create_store */
    public ShopStore createStore(java.util.Map<String, ?> params) { return action("create_store", params, ShopStore.class); }
    public ShopStore createStore() { return createStore(java.util.Map.of()); }
    /** sub-resource Store */
    public ShopStore store(String name) { return (ShopStore) subresource("Store", name); }
    /** sub-resource Item */
    public ShopItem item(String storeName, String id) { return (ShopItem) subresource("Item", storeName, id); }
    /** collection stores: list_stores */
    public dev.awsjshell.resource.ResourceCollection<ShopStore> stores() { return typedCollection("stores"); }
}
