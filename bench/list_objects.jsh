// scripts/bench-startup's listing: every object of the bucket in args[0], through the paginator, as a script would.
var s3 = Aws.client("s3");
long n = 0;
for (var page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", args[0]))) n += ((List<?>) page.getOrDefault("Contents", List.of())).size();
System.out.println(n);
