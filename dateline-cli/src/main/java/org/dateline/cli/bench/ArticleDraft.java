package org.dateline.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Geo;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.Title;

/**
 * An article being written sentence by sentence, with the records of what it says: every item is added with the
 * span it was written at, so evidence offsets are right by construction. Not thread-safe; used once.
 */
final class ArticleDraft {
    private final StringBuilder text = new StringBuilder();
    private int sentence = -1;
    private final Map<String, EntityDraft> entities = new LinkedHashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /** A person's mentions and titles as they are written. */
    private static final class EntityDraft {
        final String id;
        final String name;
        final String affiliation;
        final List<Mention> mentions = new ArrayList<>();
        final List<Title> titles = new ArrayList<>();

        EntityDraft(String id, String name, String affiliation) {
            this.id = id;
            this.name = name;
            this.affiliation = affiliation;
        }

        Entity entity() {
            Mention first = mentions.get(0);
            return new Entity(id, name, "PERSON", titles, affiliation, mentions, first.start(), first.end(),
                    first.sentence());
        }
    }

    /** Starts a sentence (after a space unless the text is empty or ends with one); returns its index. */
    int sentence() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        return ++sentence;
    }

    int currentSentence() {
        return sentence;
    }

    int length() {
        return text.length();
    }

    /** Appends the words and returns where they stand. */
    Span write(String words) {
        int start = text.length();
        text.append(words);
        return new Span(start, text.length());
    }

    /** A person's entity id, and where the name was written. */
    record Named(String entityId, Span name) {
    }

    /** Writes "Title Name" (the title optional) and records the person's mention. */
    Named person(SyntheticWorld.Person person, boolean withTitle) {
        EntityDraft e = entities.computeIfAbsent(person.name(),
                n -> new EntityDraft("e" + (entities.size() + 1), n, person.countryName()));
        if (withTitle) {
            Span title = write(person.title());
            e.titles.add(new Title(person.title(), title.start(), title.end(), sentence));
            write(" ");
        }
        Span name = write(person.name());
        e.mentions.add(new Mention(person.name(), "NAME", name.start(), name.end(), sentence));
        return new Named(e.id, name);
    }

    /** Writes the place's name and records it as a mention; returns its id. */
    String place(String name, String kind, Geo geo) {
        Span span = write(name);
        String id = "p" + (places.size() + 1);
        places.add(new Place(id, name, name, kind, "LOCATION", geo, span.start(), span.end(), sentence));
        return id;
    }

    void add(Quote quote) {
        quotes.add(quote);
    }

    void add(Event event) {
        events.add(event);
    }

    int quoteCount() {
        return quotes.size();
    }

    String text() {
        return text.toString();
    }

    AnalyzedArticle build(Article article) {
        if (!article.text().contentEquals(text)) {
            throw new IllegalArgumentException("the article's text is not the draft's");
        }
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article,
                entities.values().stream().map(EntityDraft::entity).toList(), quotes, List.of(), List.of(), places,
                List.of(), List.of(), events);
    }
}
