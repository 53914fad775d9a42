package org.dateline.eval.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.event.MainEvent;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Dateline as the system under test of the event evaluations: the CASE 2021 label of a snippet's main event, and
 * the who/what/when/where of an article's main event. News states its main event in the lead: who and what come
 * from the lead clause (the headline's, or the first sentence's, verb with its subject and first complement), else
 * from the main typed event in the lead; when and where from that event, else the lead's first dated day and its
 * most specific place.
 */
public final class DatelineEventSystem {
    /** Snippets carry no date; relative times are resolved against this one and never scored. */
    private static final LocalDate UNDATED = LocalDate.EPOCH;
    private static final String NO_EVENT = "OTHER";
    /** The headline and the first sentence of the body: where news states its main event. */
    private static final int LEAD_SENTENCES = 2;
    /** How far to look for a lead clause with a verb and a subject when the headline has none. */
    private static final int LEAD_CLAUSE_SENTENCES = 3;
    private static final Set<String> NOT_SUBJECTS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "you", "we");

    private final Analyzer analyzer;

    public DatelineEventSystem(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * The CASE 2021 label of the snippet's main event, OTHER when it has none. A snippet has no publication date, so
     * no event of it is background for its date ("on 20 October" is not long before an unknown day).
     */
    public String classify(String snippet) {
        AnalyzedArticle record = analyzer.analyze(Article.of(UNDATED, null, null, null, null, snippet));
        List<Event> events = record.events().stream().map(DatelineEventSystem::undated).toList();
        return MainEvent.of(events).map(MainEvent::case2021Label).orElse(NO_EVENT);
    }

    /** The event as news when only its own date made it background. */
    private static Event undated(Event e) {
        if (e.backgroundReason() != BackgroundReason.RECALLED || !e.date().basis().equals("TEXT")) {
            return e;
        }
        return new Event(e.id(), e.type(), e.subtype(), e.code(), e.trigger(), e.triggerSpan(), e.actor1(),
                e.actor2(), e.place(), e.date(), e.counts(), e.assertor(), e.status(), e.modality(), false, null,
                e.confidence(), e.start(), e.end(), e.sentence(), e.mentions());
    }

    public FiveWAnswer answer(GoldArticle gold) {
        String title = gold.title() == null ? "" : gold.title().strip();
        String text = title.isEmpty() ? gold.text() : title + "\n\n" + gold.text();
        LocalDate date = gold.publishDate() != null ? gold.publishDate() : UNDATED;
        Article article = Article.of(date, null, gold.title(), null, null, text);
        ParsedText parse = analyzer.parse(article);
        AnalyzedArticle record = analyzer.analyze(article, parse);
        EntityIndex entities = new EntityIndex(record.entities());
        Optional<Event> main = MainEvent.of(record.events()).filter(e -> e.sentence() < LEAD_SENTENCES);
        int lead = leadSentence(parse);
        String who = leadSubject(parse, lead, entities);
        String what = leadPredicate(parse, lead);
        return new FiveWAnswer(
                who != null ? who : main.map(e -> who(e, entities)).orElseGet(() -> firstActor(record)),
                what != null ? what : main.map(e -> what(text, e)).orElse(title.isEmpty() ? null : title),
                main.map(e -> when(record, e, lead)).orElseGet(() -> firstDate(record, lead)),
                main.map(e -> where(record, e)).orElseGet(() -> firstPlace(record)));
    }

    private static String who(Event e, EntityIndex entities) {
        if (e.actor1() == null) {
            return null;
        }
        return e.actor1().entity() != null ? entities.byId(e.actor1().entity()).name() : e.actor1().text();
    }

    /** The trigger and what it acts on: "attacks German consulate". */
    private static String what(String text, Event e) {
        int end = e.triggerSpan().end();
        if (e.actor2() != null && e.actor2().span().start() >= e.triggerSpan().start()) {
            end = Math.max(end, e.actor2().span().end());
        }
        return text.substring(e.triggerSpan().start(), end);
    }

    private static String when(AnalyzedArticle record, Event e, int leadSentence) {
        if (e.date().time() != null) {
            for (TimeExpression t : record.times()) {
                if (t.id().equals(e.date().time())) {
                    return t.text();
                }
            }
        }
        return firstDate(record, leadSentence);
    }

    private static String where(AnalyzedArticle record, Event e) {
        if (e.place() == null || e.place().geo() != null && e.place().geo().featureCode() != null
                && e.place().geo().featureCode().startsWith("PCL")) {
            return firstPlace(record);
        }
        for (Place p : record.places()) {
            if (p.id().equals(e.place().place())) {
                return p.text();
            }
        }
        return e.place().name();
    }

    /**
     * The date of the lead clause's sentence, else the lead's first date of a day ("Wednesday", "Nov. 10"), else its
     * first date or time of any kind.
     */
    private static String firstDate(AnalyzedArticle record, int leadSentence) {
        List<TimeExpression> dated = record.times().stream()
                .filter(t -> (t.type().equals("DATE") || t.type().equals("TIME"))
                        && Character.isDigit(t.value().charAt(0)) && !shouted(t.text()))
                .toList();
        return dated.stream().filter(t -> t.sentence() == leadSentence).findFirst()
                .or(() -> dated.stream()
                        .filter(t -> t.granularity().equals("day") && t.sentence() < LEAD_SENTENCES + 2).findFirst())
                .or(() -> dated.stream().findFirst()).map(TimeExpression::text).orElse(null);
    }

    /** "USA TODAY": a name in capitals that the tagger took for a date. */
    private static boolean shouted(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
    }

    /** The lead's most specific place: a town before the country it is in. */
    private static String firstPlace(AnalyzedArticle record) {
        List<Place> places = record.places().stream()
                .filter(p -> p.role().equals("LOCATION") || p.role().equals("DATELINE")).toList();
        return places.stream().filter(p -> p.sentence() < LEAD_SENTENCES + 2 && !isCountry(p)).findFirst()
                .or(() -> places.stream().findFirst()).map(Place::text).orElse(null);
    }

    private static boolean isCountry(Place p) {
        return p.kind().equals("country") || p.kind().equals("continent")
                || p.geo() != null && p.geo().featureCode() != null && p.geo().featureCode().startsWith("PCL");
    }

    private static String leadSubject(ParsedText p, int sentence, EntityIndex entities) {
        int root = root(p, sentence);
        int subject = root < 0 || !p.token(root).isVerb() ? -1 : subject(p, root);
        if (subject < 0) {
            return null;
        }
        var entity = entities.at(p.token(subject).start());
        if (entity != null && p.token(subject).isPronoun()) {
            return entity.name();
        }
        int[] r = p.subtree(subject);
        return p.textOf(r[0], r[1]);
    }

    /** The lead's verb with its first complement: "meets with Obama", "attacks German consulate". */
    private static String leadPredicate(ParsedText p, int sentence) {
        int root = root(p, sentence);
        if (root < 0 || !p.token(root).isVerb() || subject(p, root) < 0) {
            return null;
        }
        int complement = -1;
        for (String relation : List.of("obj", "xcomp", "obl", "ccomp")) {
            complement = complement >= 0 ? complement : p.child(root, relation);
        }
        int last = complement < 0 ? root : p.subtree(complement)[1];
        return p.textOf(root, Math.max(root, last));
    }

    /** The first of the lead sentences whose root is a verb with a subject (headlines often have neither). */
    private static int leadSentence(ParsedText p) {
        for (int s = 0; s < Math.min(LEAD_CLAUSE_SENTENCES, p.sentences().size()); s++) {
            int root = root(p, s);
            if (root >= 0 && p.token(root).isVerb() && subject(p, root) >= 0) {
                return s;
            }
        }
        return 0;
    }

    /** A verb's subject, unless it is a time ("Sunday saw ...") or the speaker or reader ("I", "you"). */
    private static int subject(ParsedText p, int verb) {
        int s = p.child(verb, "nsubj");
        if (s < 0 || NOT_SUBJECTS.contains(p.token(s).ner())
                || SPEAKER_PRONOUNS.contains(p.token(s).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return s;
    }

    /** The first person or organisation named in the lead. */
    private static String firstActor(AnalyzedArticle record) {
        return record.entities().stream()
                .filter(e -> (e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))
                        && e.sentence() < LEAD_CLAUSE_SENTENCES)
                .map(org.dateline.model.Entity::name).findFirst().orElse(null);
    }

    private static int root(ParsedText p, int sentence) {
        if (sentence >= p.sentences().size()) {
            return -1;
        }
        Sentence s = p.sentences().get(sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (p.head(i) < 0 && p.relation(i).equals("root")) {
                return i;
            }
        }
        return -1;
    }
}
