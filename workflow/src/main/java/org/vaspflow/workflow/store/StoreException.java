package org.vaspflow.workflow.store;

/** The store could not do what was asked (SQL failure, unknown id, illegal or stale transition). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
