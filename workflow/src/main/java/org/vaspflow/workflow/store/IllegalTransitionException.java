package org.vaspflow.workflow.store;

/** A transition the state machine forbids, or one whose expected current state is no longer true. */
public final class IllegalTransitionException extends StoreException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
