package org.dateline.cli;

import java.util.List;
import org.dateline.store.CorpusStore;
import org.dateline.store.QuoteRow;
import org.dateline.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline quotes --speaker NAME}: what a person was quoted saying, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List the quotes of a speaker (the full name or a part of it, any case), newest first.")
final class QuotesCommand extends StoreReadCommand {
    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "Speaker's name (Zelensky).")
    String speaker;

    @Option(names = "--limit", paramLabel = "N", description = "Quotes at most (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "JSON lines even on a terminal.")
    boolean json;

    @Override
    int read(CorpusStore store) {
        List<QuoteRow> quotes = store.quotesBy(speaker, limit);
        if (!Table.forPeople(json)) {
            quotes.forEach(q -> System.out.println(JsonLines.of(q)));
            return 0;
        }
        Table table = new Table(List.of("DATE", "SOURCE", "SPEAKER", "QUOTE"), List.of(10, 20, 28, 100));
        quotes.forEach(q -> table.row(q.published(), q.source(), q.speakerName(), q.text()));
        table.print(System.out);
        return 0;
    }
}
