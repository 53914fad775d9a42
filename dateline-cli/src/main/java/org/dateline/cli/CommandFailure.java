package org.dateline.cli;

/** A command cannot go on; the message says why and, where it can, what to do. Exit code 1. */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}
