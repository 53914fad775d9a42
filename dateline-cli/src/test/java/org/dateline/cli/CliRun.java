package org.dateline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The exit code, standard output and standard error of one in-process run of the {@code dateline} command. */
record CliRun(int code, String out, String err) {
    /** Runs {@code dateline ARGS...}, capturing its output (one run at a time: the streams are global). */
    static synchronized CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The lines of standard output. */
    List<String> lines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
}
