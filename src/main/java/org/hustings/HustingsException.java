package org.hustings;

/**
 * The one exception root of Hustings. Every failure a user can see carries a stable {@link ErrorCode},
 * mapped once to a CLI exit code and an HTTP status, and a message written in plain words.
 */
public class HustingsException extends RuntimeException {
    private final ErrorCode code;

    public HustingsException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public HustingsException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
