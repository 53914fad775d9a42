package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.Stage;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;
import org.dateline.model.parse.Token;

/**
 * Reported speech that is not a direct quote: "Ukraine said its troops have marched farther east", with its
 * source, cue, content and date. Content that is mostly inside quotation marks is left to the quote attributor.
 * Claims come in this order: those of verbs of saying or finding ("said", "reported", "according to") first, then
 * those of beliefs, wishes and stances ("decided", "wants"); within each, the narrowest content first. So the first
 * claim whose content holds a passage is the nearest report of it ("..., acting governor Alexei Smirnov said" before
 * "authorities have decided to evacuate"), which is how events find who asserts them.
 */
public final class ClaimExtractor implements Stage {
    private final AttributionFinder finder;
    private final ClauseDetails details;
    private final SpeakerResolver speakers;
    private final ReportingVerbs verbs;

    public ClaimExtractor(AttributionFinder finder, ClauseDetails details, SpeakerResolver speakers,
                          ReportingVerbs verbs) {
        this.verbs = verbs;
        this.finder = finder;
        this.details = details;
        this.speakers = speakers;
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        String text = a.text();
        EntityIndex index = new EntityIndex(a.entities());
        ParseView view = new ParseView(p);
        List<Attribution> attributions = new ArrayList<>(finder.find(p));
        attributions.sort(Comparator.comparingInt((Attribution at) -> isSaying(p, at) ? 0 : 1)
                .thenComparingInt(at -> at.contentLast() - at.contentFirst()));
        List<Claim> out = new ArrayList<>();
        for (Attribution at : attributions) {
            if (!at.hasContent()) {
                continue;
            }
            Span content = new Span(p.token(at.contentFirst()).start(), p.token(at.contentLast()).end());
            if (quotedShare(p.quotes(), content) > 0.5) {
                continue;
            }
            Token cue = p.token(at.cue());
            Span cueSpan = new Span(cue.start(), cue.end());
            Span sourceSpan = null;
            Entity source = null;
            String sourceName = null;
            if (at.hasSource()) {
                sourceSpan = new Span(p.token(at.sourceFirst()).start(), p.token(at.sourceLast()).end());
                SpeakerResolver.Speaker who = speakers.resolve(view, index, at.sourceFirst(), at.sourceLast(),
                        at.sourceHead());
                source = who.entity();
                sourceName = who.name();
            }
            int start = Math.min(content.start(), Math.min(cueSpan.start(),
                    sourceSpan == null ? Integer.MAX_VALUE : sourceSpan.start()));
            int end = Math.max(content.end(), Math.max(cueSpan.end(), sourceSpan == null ? 0 : sourceSpan.end()));
            String date = details.date(p, at.cue(), new int[] {at.contentFirst(), at.contentLast()}, a.times());
            String lemma = cue.text().equalsIgnoreCase("according") ? "according to" : cue.lemma();
            out.add(new Claim("c" + (out.size() + 1), source == null ? null : source.id(), sourceName, sourceSpan,
                    lemma, cueSpan, content.of(text), content, date, start, end, cue.sentence()));
        }
        return a.withClaims(out);
    }

    /** A cue of saying or of a finding ("said", "reported", "according to"), not of a belief, a wish or a stance. */
    private boolean isSaying(ParsedText p, Attribution at) {
        Token cue = p.token(at.cue());
        ReportingVerbs.Kind kind = verbs.kindOf(cue);
        return kind == ReportingVerbs.Kind.SPEECH || kind == ReportingVerbs.Kind.EVIDENCE
                || cue.text().equalsIgnoreCase("according");
    }

    private static double quotedShare(List<QuoteSpan> quotes, Span content) {
        int inside = 0;
        for (QuoteSpan q : quotes) {
            int s = Math.max(q.start(), content.start());
            int e = Math.min(q.end(), content.end());
            if (e > s) {
                inside += e - s;
            }
        }
        int len = content.end() - content.start();
        return len == 0 ? 0 : (double) inside / len;
    }
}
