package org.paperkg.store;

/** A problem with the store that the user can act on (path, lock, disk); its message is shown as is. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
