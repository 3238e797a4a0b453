package dev.awsjshell.views;

/** boto3's shop.Store. Generated from data/resources/shop.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ShopStore extends dev.awsjshell.resource.Resource {
    public ShopStore(Init init) { super(init); }
    /** identifier name */
    public String name() { return identifier("name"); }
    /** action delete: delete_store */
    public dev.awsjshell.response.AwsMap delete(java.util.Map<String, ?> params) { return (dev.awsjshell.response.AwsMap) action("delete", params); }
    public dev.awsjshell.response.AwsMap delete() { return delete(java.util.Map.of()); }
    /** action get_status: get_store_status */
    public Object getStatus(java.util.Map<String, ?> params) { return action("get_status", params); }
    public Object getStatus() { return getStatus(java.util.Map.of()); }
    /** action add_item: add_item */
    public ShopItem addItem(java.util.Map<String, ?> params) { return action("add_item", params, ShopItem.class); }
    public ShopItem addItem() { return addItem(java.util.Map.of()); }
    /** action import_items: import_items */
    public java.util.List<ShopItem> importItems(java.util.Map<String, ?> params) { return actionList("import_items", params); }
    public java.util.List<ShopItem> importItems() { return importItems(java.util.Map.of()); }
    /** action reload: reload_store */
    public dev.awsjshell.response.AwsMap reloadAction(java.util.Map<String, ?> params) { return (dev.awsjshell.response.AwsMap) action("reload", params); }
    public dev.awsjshell.response.AwsMap reloadAction() { return reloadAction(java.util.Map.of()); }
    /** action upload_file (hand-written in boto3, and here) */
    public void uploadFile(java.lang.String filename, java.lang.String key) { custom("upload_file", filename, key); }
    public void uploadFile(java.lang.String filename, java.lang.String key, java.lang.Object progress) { custom("upload_file", filename, key, progress); }
    /** action export (hand-written in boto3, and here) */
    public java.lang.String export(java.util.Map<String, ?> options) { return (java.lang.String) custom("export", options); }
    public java.lang.String export(java.util.Map<String, ?> options, java.io.OutputStream out) { return (java.lang.String) custom("export", options, out); }
    /** sub-resource Item */
    public ShopItem item(String id) { return (ShopItem) subresource("Item", id); }
    /** reference owner, or null when the data names none */
    public ShopOwner owner() { return (ShopOwner) reference("owner"); }
    /** collection items: list_items */
    public ShopItemCollection items() { return (ShopItemCollection) this.<ShopItem>typedCollection("items"); }
    /** waiter wait_until_open: the client's store_open; params may hold WaiterConfig */
    public void waitUntilOpen(java.util.Map<String, ?> params) { waitUntil("wait_until_open", params); }
    public void waitUntilOpen() { waitUntilOpen(java.util.Map.of()); }
    /** attribute created (Created), loaded on first read */
    public java.time.Instant created() { return attribute("created", java.time.Instant.class); }
    /** attribute item_count (ItemCount), loaded on first read */
    public Long itemCount() { return attribute("item_count", Long.class); }
    /** attribute rating (Rating), loaded on first read */
    public Double rating() { return attribute("rating", Double.class); }
    /** attribute open (Open), loaded on first read */
    public Boolean open() { return attribute("open", Boolean.class); }
    /** attribute tags (Tags), loaded on first read */
    @SuppressWarnings("unchecked") public java.util.List<Object> tags() { return (java.util.List<Object>) attribute("tags", java.util.List.class); }
    /** attribute settings (Settings), loaded on first read */
    @SuppressWarnings("unchecked") public java.util.Map<String, Object> settings() { return (java.util.Map<String, Object>) attribute("settings", java.util.Map.class); }
    /** attribute logo (Logo), loaded on first read */
    public Object logo() { return attribute("logo", Object.class); }
    /** attribute meta (Meta), loaded on first read */
    public String metaAttribute() { return attribute("meta", String.class); }
    /** attribute class (Class), loaded on first read */
    public String classAttribute() { return attribute("class", String.class); }
}
