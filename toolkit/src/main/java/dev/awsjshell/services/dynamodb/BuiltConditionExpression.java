package dev.awsjshell.services.dynamodb;

import java.util.Map;

/** boto3's {@code BuiltConditionExpression}: the expression string and its placeholders, names and values. */
public record BuiltConditionExpression(String conditionExpression, Map<String, String> attributeNamePlaceholders,
                                       Map<String, Object> attributeValuePlaceholders) {}
