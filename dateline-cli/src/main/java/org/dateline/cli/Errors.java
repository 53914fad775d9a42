package org.dateline.cli;

import org.dateline.model.text.ControlCharacters;

/**
 * Prints what went wrong as the CLI says it: one line on standard error, "dateline: " first, with the control
 * characters of file names and messages escaped (a name holding a newline or an ANSI sequence cannot split the line
 * or change the terminal).
 */
final class Errors {
    private Errors() {
    }

    static void print(Object message) {
        System.err.println(line(message));
    }

    static String line(Object message) {
        return "dateline: " + ControlCharacters.escape(String.valueOf(message));
    }
}
