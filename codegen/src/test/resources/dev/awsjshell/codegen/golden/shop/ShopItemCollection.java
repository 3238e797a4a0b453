package dev.awsjshell.views;

/** boto3's shop.Item collections. Generated from data/resources/shop.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ShopItemCollection extends dev.awsjshell.resource.ResourceCollection<ShopItem> {
    public ShopItemCollection(Init init) { super(init); }
    @Override public ShopItemCollection all() { return (ShopItemCollection) super.all(); }
    @Override public ShopItemCollection filter(java.util.Map<String, ?> params) { return (ShopItemCollection) super.filter(params); }
    @Override public ShopItemCollection limit(int n) { return (ShopItemCollection) super.limit(n); }
    @Override public ShopItemCollection pageSize(int n) { return (ShopItemCollection) super.pageSize(n); }
    /** batch action delete: delete_items, one request per page */
    public java.util.List<dev.awsjshell.response.AwsMap> delete(java.util.Map<String, ?> params) { return batch("delete", params); }
    public java.util.List<dev.awsjshell.response.AwsMap> delete() { return delete(java.util.Map.of()); }
    /** batch action stream: stream_items, one request per page */
    public java.util.List<dev.awsjshell.response.AwsMap> streamBatchAction(java.util.Map<String, ?> params) { return batch("stream", params); }
    public java.util.List<dev.awsjshell.response.AwsMap> streamBatchAction() { return streamBatchAction(java.util.Map.of()); }
}
