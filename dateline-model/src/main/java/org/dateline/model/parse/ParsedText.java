package org.dateline.model.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A text with its tokens, sentences, dependency parse, named mentions, time expressions and quotation spans.
 * Immutable; the dependency look-ups are precomputed at construction.
 */
public final class ParsedText {
    private final String text;
    private final LocalDate documentDate;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Dependency> dependencies;
    private final List<NamedMention> mentions;
    private final List<Timex> timexes;
    private final List<QuoteSpan> quotes;
    private final Dependency[] headOf;
    private final List<List<Dependency>> childrenOf;

    public ParsedText(String text, LocalDate documentDate, List<Token> tokens, List<Sentence> sentences,
                      List<Dependency> dependencies, List<NamedMention> mentions, List<Timex> timexes,
                      List<QuoteSpan> quotes) {
        this.text = Objects.requireNonNull(text, "text");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.dependencies = List.copyOf(dependencies);
        this.mentions = List.copyOf(mentions);
        this.timexes = List.copyOf(timexes);
        this.quotes = List.copyOf(quotes);
        this.headOf = new Dependency[this.tokens.size()];
        List<List<Dependency>> children = new ArrayList<>(this.tokens.size());
        for (int i = 0; i < this.tokens.size(); i++) {
            Token t = this.tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + t.index());
            }
            if (t.start() < 0 || t.end() > text.length() || t.end() < t.start()) {
                throw new IllegalArgumentException("token " + i + " span " + t.start() + ".." + t.end()
                        + " outside text of length " + text.length());
            }
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : this.dependencies) {
            headOf[d.dependent()] = d;
            if (d.head() >= 0) {
                children.get(d.head()).add(d);
            }
        }
        List<List<Dependency>> frozen = new ArrayList<>(children.size());
        for (List<Dependency> c : children) {
            frozen.add(List.copyOf(c));
        }
        this.childrenOf = Collections.unmodifiableList(frozen);
    }

    public String text() {
        return text;
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public List<NamedMention> mentions() {
        return mentions;
    }

    public List<Timex> timexes() {
        return timexes;
    }

    public List<QuoteSpan> quotes() {
        return quotes;
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Index of the head token, or -1 for a root or unattached token. */
    public int head(int token) {
        Dependency d = headOf[token];
        return d == null ? -1 : d.head();
    }

    /** Relation of a token to its head ("root" for roots, "" when unattached). */
    public String relation(int token) {
        Dependency d = headOf[token];
        return d == null ? "" : d.relation();
    }

    public List<Dependency> children(int token) {
        return childrenOf.get(token);
    }

    /** The first child with the given relation (exact name, or base name before ':' when {@code relation} has none). */
    public int child(int token, String relation) {
        for (Dependency d : childrenOf.get(token)) {
            if (relationMatches(d.relation(), relation)) {
                return d.dependent();
            }
        }
        return -1;
    }

    public List<Integer> childrenWith(int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : childrenOf.get(token)) {
            if (relationMatches(d.relation(), relation)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static boolean relationMatches(String actual, String wanted) {
        if (actual.equals(wanted)) {
            return true;
        }
        return wanted.indexOf(':') < 0 && actual.startsWith(wanted) && actual.length() > wanted.length()
                && actual.charAt(wanted.length()) == ':';
    }

    /** Token range [first, last] covered by the subtree of a token (contiguous hull). */
    public int[] subtree(int token) {
        int[] range = {token, token};
        extend(token, range, 0);
        return range;
    }

    /** Token range covered by the subtree of a token, leaving out the subtrees of the given children. */
    public int[] subtreeWithout(int token, Set<Integer> excludedChildren) {
        int[] range = {token, token};
        for (Dependency d : childrenOf.get(token)) {
            if (!excludedChildren.contains(d.dependent())) {
                int[] sub = subtree(d.dependent());
                range[0] = Math.min(range[0], sub[0]);
                range[1] = Math.max(range[1], sub[1]);
            }
        }
        return range;
    }

    private void extend(int token, int[] range, int depth) {
        if (depth > 200) {
            return;
        }
        range[0] = Math.min(range[0], token);
        range[1] = Math.max(range[1], token);
        for (Dependency d : childrenOf.get(token)) {
            extend(d.dependent(), range, depth + 1);
        }
    }

    /** The character text of a token range [first, last] inclusive. */
    public String textOf(int firstToken, int lastToken) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
    }

    /** Index of the first token that ends after the offset, or tokens().size(). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "ParsedText[" + tokens.size() + " tokens, " + sentences.size() + " sentences]";
    }
}
