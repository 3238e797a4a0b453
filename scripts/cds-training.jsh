// What scripts/jshell --kernel runs to train the class-data sharing archive when there is none: a client, its model
// and docs, a request built and refused before sending (no network, no credentials needed).
var s3 = Aws.client("s3", Config.of(Map.of("region_name", "us-east-1")));
s3.waiterNames();
s3.doc("list_objects_v2");
try { s3.call("list_objects_v2", Map.of("Bucket", 1)); } catch (ParamValidationError e) { e.getMessage(); }
