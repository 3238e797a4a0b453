package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.ParamValidationError;

import software.amazon.awssdk.core.SdkBytes;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * boto3's {@code Binary}: DynamoDB's binary type (B, and the members of BS), equal by content, so that it works in a
 * Set as bytes do in Python (a Java {@code byte[]} is equal only to itself).
 */
public final class Binary {
    private final byte[] value;

    public Binary(byte[] value) { this.value = value.clone(); }

    public static Binary of(Object value) {
        if (value instanceof Binary b) return b;
        if (value instanceof byte[] b) return new Binary(b);
        if (value instanceof SdkBytes b) return new Binary(b.asByteArray());
        if (value instanceof ByteBuffer b) return new Binary(SdkBytes.fromByteBuffer(b).asByteArray());
        throw new ParamValidationError("Binary", List.of("Value must be of the following types: byte[], Binary, SdkBytes, ByteBuffer; got "
                + (value == null ? "null" : value.getClass().getSimpleName())));
    }

    /** A copy of the bytes. */
    public byte[] value() { return value.clone(); }

    @Override public boolean equals(Object o) { return o instanceof Binary b && Arrays.equals(b.value, value); }

    @Override public int hashCode() { return Arrays.hashCode(value); }

    /** As Python prints bytes: {@code Binary(b'ab\x00')}. */
    @Override public String toString() {
        StringBuilder out = new StringBuilder("Binary(b'");
        for (byte b : value) {
            int c = b & 0xff;
            if (c == '\\' || c == '\'') out.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7f) out.append((char) c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else out.append(String.format("\\x%02x", c));
        }
        return out.append("')").toString();
    }
}
