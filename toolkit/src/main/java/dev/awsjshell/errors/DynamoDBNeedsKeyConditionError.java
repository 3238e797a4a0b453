package dev.awsjshell.errors;

/** boto3's DynamoDBNeedsKeyConditionError: a KeyConditionExpression built from an {@code Attr}, where only {@code Key} is allowed. */
public class DynamoDBNeedsKeyConditionError extends ToolkitError {
    public DynamoDBNeedsKeyConditionError(String message) { super(message); }
}
