package org.paperkg.cli;

/** A mistake the user can fix (a missing file, a bad option value); printed as one line, no stack trace. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
