package dev.awsjshell.views;

/** boto3's shop.Owner. Generated from data/resources/shop.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ShopOwner extends dev.awsjshell.resource.Resource {
    public ShopOwner(Init init) { super(init); }
    /** identifier id */
    public String id() { return identifier("id"); }
    /** attribute display_name (DisplayName), loaded on first read */
    public String displayName() { return attribute("display_name", String.class); }
}
