package org.hustings;

/** Stable error codes, each mapped once to a CLI exit code and an HTTP status. */
public enum ErrorCode {
    /** The user asked for something in a way we cannot act on (bad option, bad request field). */
    BAD_REQUEST(2, 400),
    /** A file could not be read or was refused whole (unknown layout, too many bad rows). */
    BAD_INPUT(3, 422),
    /** The thing asked for does not exist. */
    NOT_FOUND(4, 404),
    /** The law or the configuration does not allow this use. */
    REFUSED(5, 403),
    /** The request conflicts with the current state (already loaded, out of order). */
    CONFLICT(6, 409),
    /** The store could not be reached or is not in a usable state. */
    STORE_UNAVAILABLE(7, 503),
    /** Not logged in, or not allowed for this role. */
    UNAUTHORISED(8, 401),
    /** A defect in Hustings itself. */
    INTERNAL(70, 500);

    private final int exitCode;
    private final int httpStatus;

    ErrorCode(int exitCode, int httpStatus) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    public int exitCode() {
        return exitCode;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
