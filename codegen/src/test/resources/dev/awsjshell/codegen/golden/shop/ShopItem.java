package dev.awsjshell.views;

/** boto3's shop.Item. Generated from data/resources/shop.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ShopItem extends dev.awsjshell.resource.Resource {
    public ShopItem(Init init) { super(init); }
    /** identifier store_name */
    public String storeName() { return identifier("store_name"); }
    /** identifier id */
    public String id() { return identifier("id"); }
    /** reference store, or null when the data names none */
    public ShopStore store() { return (ShopStore) reference("store"); }
    /** attribute price (Price), loaded on first read */
    public Float price() { return attribute("price", Float.class); }
    /** attribute quantity (Quantity), loaded on first read */
    public Integer quantity() { return attribute("quantity", Integer.class); }
}
