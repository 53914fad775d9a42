package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.Stage;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;

/**
 * Attributes each direct quote to its speaker: the cue whose complement holds the quote, else a speech cue in the
 * quote's sentence, else a short attribution sentence right after it ("he said."), else the speaker of the quote
 * in the paragraph before (a paragraph that continues a quotation). Also finds the channel and the date.
 * Runs after the entity resolver and the temporal normaliser.
 */
public final class QuoteAttributor implements Stage {
    private static final int SHORT_SENTENCE = 10;
    /** Up to this many words in quotation marks with nobody saying them are scare quotes, not quotes. */
    private static final int SCARE_QUOTE_TOKENS = 4;
    /**
     * At least this many words in quotation marks inside reported speech are a quote, not a scare quote; fewer are a
     * quote only in what a verb of saying reports ("adding that he was focused on "speed"", as the seed has it).
     */
    private static final int MIXED_QUOTE_WORDS = 4;
    private final AttributionFinder finder;
    private final RuleAttributionFinder rules;
    private final ClauseDetails details;
    private final QuotationJudge judge;
    private final SpeakerResolver speakers;

    /**
     * @param finder  the attributions whose contents hold quotes
     * @param rules   the rules that find a speech cue for a quote no attribution holds
     * @param judge   whether a quotation is speech rather than a scare quote or a title; null: by its length alone
     */
    public QuoteAttributor(AttributionFinder finder, RuleAttributionFinder rules, ClauseDetails details,
                           QuotationJudge judge, SpeakerResolver speakers) {
        this.finder = finder;
        this.speakers = speakers;
        this.rules = rules;
        this.details = details;
        this.judge = judge;
    }

    /**
     * The cue and source chosen for one quote.
     *
     * @param direct whether the quote is the whole content of its attribution (not a quotation inside reported
     *               speech)
     */
    private record Cue(int cue, int sourceFirst, int sourceLast, int sourceHead, boolean direct) {
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        String text = a.text();
        List<Attribution> attributions = finder.find(p);
        EntityIndex index = new EntityIndex(a.entities());
        Paragraphs paragraphs = new Paragraphs(text);
        QuotationJudge.Verdicts speech = judge == null ? null : judge.judge(p);
        ParseView view = new ParseView(p);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (QuoteSpan q : p.quotes()) {
            int start = q.start() + 1;
            int end = q.end() - 1;
            while (end > start && ",.;:".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end <= start || p.tokens().isEmpty()) {
                continue;
            }
            int qFirst = p.tokenAt(q.start());
            int qLast = Math.max(qFirst, p.tokenAt(q.end() - 1));
            if (qFirst >= p.tokens().size()) {
                continue;
            }
            qLast = Math.min(qLast, p.tokens().size() - 1);
            int sentence = p.token(qFirst).sentence();
            Cue cue = cueFor(p, attributions, qFirst, qLast);
            int words = words(p, qFirst, qLast);
            boolean isSpeech = speech == null ? qLast - qFirst - 1 > SCARE_QUOTE_TOKENS : speech.isSpeech(qFirst, qLast);
            boolean said = cue != null && rules.verbs().kindOf(p.token(cue.cue())) == ReportingVerbs.Kind.SPEECH;
            if (speech != null && cue != null && !cue.direct() && !isSpeech
                    && (words < MIXED_QUOTE_WORDS && !said || speech.isTitle(qFirst, qLast))) {
                continue; // a scare quote or a title inside reported speech that is not a verb of saying's
            }
            Quote quote;
            if (cue != null) {
                int[] excluded = {qFirst, qLast};
                Entity speaker = null;
                Span speakerSpan = null;
                String speakerName = null;
                if (cue.sourceHead() >= 0) {
                    speakerSpan = new Span(p.token(cue.sourceFirst()).start(), p.token(cue.sourceLast()).end());
                    SpeakerResolver.Speaker who = speakers.resolve(view, index, cue.sourceFirst(), cue.sourceLast(),
                            cue.sourceHead());
                    speaker = who.entity();
                    speakerName = who.name();
                }
                Token c = p.token(cue.cue());
                Span channel = details.channel(p, cue.cue(), excluded);
                quote = new Quote("q" + (out.size() + 1), text.substring(start, end),
                        speaker == null ? null : speaker.id(), speakerName, speakerSpan, c.lemma(),
                        new Span(c.start(), c.end()), channel == null ? null : channel.of(text), channel,
                        details.date(p, cue.cue(), excluded, a.times()), start, end, sentence);
            } else if (previous != null && previous.speakerName() != null && (speech == null || isSpeech)
                    && paragraphs.indexOf(q.start()) - paragraphs.indexOf(previous.start()) <= 1) {
                quote = new Quote("q" + (out.size() + 1), text.substring(start, end), previous.speaker(),
                        previous.speakerName(), null, null, null, null, null, null, start, end, sentence);
            } else if (isSpeech) {
                quote = new Quote("q" + (out.size() + 1), text.substring(start, end), null, null, null, null, null,
                        null, null, null, start, end, sentence);
            } else {
                continue;
            }
            out.add(quote);
            previous = quote;
        }
        return a.withQuotes(out);
    }

    private Cue cueFor(ParsedText p, List<Attribution> attributions, int qFirst, int qLast) {
        Attribution best = null;
        for (Attribution at : attributions) {
            if (!at.hasSource() || at.cue() >= qFirst && at.cue() <= qLast || !at.hasContent()) {
                continue;
            }
            boolean overlaps = at.contentFirst() <= qLast && qFirst <= at.contentLast();
            if (overlaps && (best == null || isBetter(at, best, qFirst, qLast))) {
                best = at;
            }
        }
        if (best != null) {
            boolean direct = isQuote(best, qFirst, qLast);
            return new Cue(best.cue(), best.sourceFirst(), best.sourceLast(), best.sourceHead(), direct);
        }
        Sentence first = p.sentences().get(p.token(qFirst).sentence());
        Sentence last = p.sentences().get(p.token(qLast).sentence());
        Cue near = speechCueIn(p, first.firstToken(), last.endToken(), qFirst, qLast);
        if (near != null) {
            return near;
        }
        Cue adjacent = adjacentCue(p, qFirst, qLast);
        if (adjacent != null) {
            return adjacent;
        }
        int nextIndex = last.index() + 1;
        if (nextIndex < p.sentences().size()) {
            Sentence next = p.sentences().get(nextIndex);
            if (next.endToken() - next.firstToken() <= SHORT_SENTENCE
                    && !p.text().substring(last.end(), next.start()).contains("\n")) {
                return speechCueIn(p, next.firstToken(), next.endToken(), qFirst, qLast);
            }
        }
        return null;
    }

    /**
     * A speech cue right after the closing mark with its name phrase on either side (""...," Mr Zelensky said",
     * ""...," said Mr Zelensky"), or a name phrase and cue right before the opening mark ("Mr Zelensky said: "...""),
     * for sentences the parser did not attach.
     */
    private Cue adjacentCue(ParsedText p, int qFirst, int qLast) {
        int n = p.tokens().size();
        for (int cue = qLast + 1; cue < Math.min(n, qLast + 10); cue++) {
            if (p.token(cue).sentence() != p.token(qLast).sentence() && cue > qLast + 1
                    || rules.verbs().kindOf(p.token(cue)) != ReportingVerbs.Kind.SPEECH) {
                continue;
            }
            int[] np = cue == qLast + 1 ? RuleAttributionFinder.nounPhraseAfter(p, cue)
                    : RuleAttributionFinder.nounPhraseBefore(p, cue);
            if (np != null && np[0] > qLast) {
                return new Cue(cue, np[0], np[1], np[2], true);
            }
        }
        for (int cue = qFirst - 1; cue >= Math.max(0, qFirst - 3); cue--) {
            if (rules.verbs().kindOf(p.token(cue)) == ReportingVerbs.Kind.SPEECH) {
                int[] np = RuleAttributionFinder.nounPhraseBefore(p, cue);
                if (np != null) {
                    return new Cue(cue, np[0], np[1], np[2], true);
                }
            }
        }
        return null;
    }

    private Cue speechCueIn(ParsedText p, int from, int to, int qFirst, int qLast) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (i >= qFirst && i <= qLast || rules.verbs().kindOf(p.token(i)) != ReportingVerbs.Kind.SPEECH) {
                continue;
            }
            int[] src = rules.source(p, i);
            if (src == null) {
                src = ParticipleSource.of(p, rules.verbs(), i);
            }
            if (src == null || src[0] <= qLast && qFirst <= src[1]) {
                continue;
            }
            int d = distance(i, qFirst, qLast);
            if (d < bestDistance) {
                bestDistance = d;
                best = new Cue(i, src[0], src[1], src[2], true);
            }
        }
        return best;
    }

    /** An attribution whose content is the quote itself before one whose content only overlaps it; then the nearer. */
    private static boolean isBetter(Attribution a, Attribution b, int qFirst, int qLast) {
        boolean aExact = isQuote(a, qFirst, qLast);
        boolean bExact = isQuote(b, qFirst, qLast);
        if (aExact != bExact) {
            return aExact;
        }
        return distance(a.cue(), qFirst, qLast) < distance(b.cue(), qFirst, qLast);
    }

    private static boolean isQuote(Attribution a, int qFirst, int qLast) {
        return a.contentFirst() >= qFirst - 1 && a.contentLast() <= qLast + 1;
    }

    /** Words (tokens that start with a letter or digit) between the marks. */
    private static int words(ParsedText p, int qFirst, int qLast) {
        int n = 0;
        for (int i = qFirst; i <= qLast; i++) {
            if (Character.isLetterOrDigit(p.token(i).text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static int distance(int token, int first, int last) {
        return token < first ? first - token : token - last;
    }
}
