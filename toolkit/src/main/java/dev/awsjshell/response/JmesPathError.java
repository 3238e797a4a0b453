package dev.awsjshell.response;

/**
 * A JMESPath expression that does not parse, or a function given what it does not take, as python's jmespath raises
 * them (ParseError, LexerError, ArityError, JMESPathTypeError, UnknownFunctionError). {@link #kind()} is the JMESPath
 * compliance suite's name for it: {@code syntax}, {@code invalid-type}, {@code invalid-arity}, {@code unknown-function},
 * {@code invalid-value}.
 */
public final class JmesPathError extends IllegalArgumentException {
    private final String kind;

    JmesPathError(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() { return kind; }
}
