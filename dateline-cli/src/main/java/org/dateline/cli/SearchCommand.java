package org.dateline.cli;

import java.util.List;
import org.dateline.store.ArticleHit;
import org.dateline.store.CorpusStore;
import org.dateline.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search TEXT}: articles holding every word, best match first. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
        "Find articles whose title or text holds every word (plain words: quotes and operators are searched for",
        "as text), best match first (the most recently stored first when over 10,000 match), each with its best",
        "passage."})
final class SearchCommand extends StoreReadCommand {
    @Parameters(arity = "1..*", paramLabel = "WORD")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "Articles at most (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "JSON lines even on a terminal.")
    boolean json;

    @Override
    int read(CorpusStore store) {
        String text = String.join(" ", words);
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new CommandFailure("nothing to search for in '" + text + "': give words");
        }
        List<ArticleHit> hits = store.search(text, limit);
        if (!Table.forPeople(json)) {
            hits.forEach(h -> System.out.println(JsonLines.of(h)));
            return 0;
        }
        Table table = new Table(List.of("DATE", "SOURCE", "TITLE", "PASSAGE"), List.of(10, 20, 50, 90));
        hits.forEach(h -> table.row(h.date(), h.source(), h.headline(), h.bracketed()));
        table.print(System.out);
        return 0;
    }
}
