System.out.println(Aws.client("s3").waiterNames());
