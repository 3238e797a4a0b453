# scripts/bench-startup's listing through boto3: every object of BUCKET on the sandbox's S3 at ENDPOINT.
import sys

import boto3
from botocore.config import Config

endpoint, bucket = sys.argv[1], sys.argv[2]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bench",
                  aws_secret_access_key="bench", config=Config(s3={"addressing_style": "path"}))
print(sum(len(page.get("Contents", [])) for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)))
