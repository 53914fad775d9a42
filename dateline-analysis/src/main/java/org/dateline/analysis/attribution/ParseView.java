package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * What the attribution features read from one parse besides the parse itself: the quotations as token ranges, which
 * token lies inside one, and the paragraph of each sentence. Built once per text; immutable.
 */
public final class ParseView {
    private final ParsedText parse;
    private final List<int[]> quotes = new ArrayList<>();
    private final int[] quoteOf;
    private final int[] paragraphOf;

    public ParseView(ParsedText parse) {
        this.parse = parse;
        int n = parse.tokens().size();
        quoteOf = new int[n];
        java.util.Arrays.fill(quoteOf, -1);
        for (QuoteSpan q : parse.quotes()) {
            int first = parse.tokenAt(q.start());
            int last = Math.min(n - 1, parse.tokenAt(Math.max(q.start(), q.end() - 1)));
            if (first >= n || last < first) {
                continue;
            }
            int index = quotes.size();
            quotes.add(new int[] {first, last});
            for (int i = first; i <= last; i++) {
                if (quoteOf[i] < 0) {
                    quoteOf[i] = index;
                }
            }
        }
        List<Sentence> sentences = parse.sentences();
        paragraphOf = new int[sentences.size()];
        String text = parse.text();
        for (int s = 1; s < sentences.size(); s++) {
            String gap = text.substring(Math.min(sentences.get(s - 1).end(), sentences.get(s).start()),
                    sentences.get(s).start());
            paragraphOf[s] = paragraphOf[s - 1] + (gap.indexOf('\n') >= 0 ? 1 : 0);
        }
    }

    public ParsedText parse() {
        return parse;
    }

    public Token token(int i) {
        return parse.token(i);
    }

    public int size() {
        return parse.tokens().size();
    }

    /** The quotations as token ranges [first, last], marks included, in text order. */
    public List<int[]> quotes() {
        return quotes;
    }

    /** Index of the quotation a token lies in, or -1. */
    public int quoteOf(int token) {
        return quoteOf[token];
    }

    public Sentence sentenceOf(int token) {
        return parse.sentences().get(parse.token(token).sentence());
    }

    /** The paragraph (blank-line or line-break separated block) of a sentence. */
    public int paragraphOf(int sentence) {
        return paragraphOf[sentence];
    }

    public String lower(int token) {
        return parse.token(token).text().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the token is punctuation that ends or separates clauses, or a quotation mark. */
    public boolean isPunct(int token) {
        String pos = parse.token(token).pos();
        return Tags.isPunctuation(pos);
    }
}
