package org.dateline.cli;

import java.time.Duration;
import java.util.List;
import org.dateline.feeds.FetchPolicy;
import org.dateline.feeds.Source;
import org.dateline.feeds.Sources;
import picocli.CommandLine.Option;

/** The options of following sources, shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {
    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time from the start of one pass over the sources to the next: 500ms, 30s, 15m, 1h"
                    + " (default: 15m).")
    Duration every = Duration.ofMinutes(15);

    @Option(names = "--per-host", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: 1s; robots.txt may ask for more).")
    Duration perHost = Duration.ofSeconds(1);

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent sent, starting with Dateline; add a contact, e.g. \"Dateline/0.1"
                    + " (+mailto:desk@example.org)\" (default: " + FetchPolicy.DEFAULT_USER_AGENT + ").")
    String userAgent = FetchPolicy.DEFAULT_USER_AGENT;

    /** The fetch policy the options ask for. */
    FetchPolicy policy() {
        try {
            return FetchPolicy.defaults().withPerHost(perHost).withUserAgent(userAgent);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The sources the arguments name; arguments that name none are reported, and then fail the command. */
    static List<Source> sources(List<String> arguments) {
        List<String> problems = new java.util.ArrayList<>();
        List<Source> sources = Sources.of(arguments, problems::add);
        problems.forEach(p -> System.err.println("dateline: " + p));
        if (!problems.isEmpty() || sources.isEmpty()) {
            throw new CommandFailure(sources.isEmpty() ? "no source to watch in " + arguments
                    : "fix the sources above, then run again");
        }
        return sources;
    }
}
