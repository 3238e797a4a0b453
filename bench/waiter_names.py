import boto3
print(boto3.client("s3", region_name="us-east-1").waiter_names)
