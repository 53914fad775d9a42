package org.dateline.analysis;

import java.util.List;
import java.util.Objects;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Caveat;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Quantity;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;

/**
 * The document that flows through the stages: the article, its parse and what the stages have found so far.
 * Immutable: a stage returns a new Analysis through the {@code with...} methods.
 */
public record Analysis(Article article, ParsedText parse, List<Entity> entities, List<Place> places,
                       List<TimeExpression> times, List<Quote> quotes, List<Claim> claims,
                       List<Quantity> numbers, List<Caveat> caveats, List<Event> events) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(parse, "parse");
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        numbers = List.copyOf(numbers);
        caveats = List.copyOf(caveats);
        events = List.copyOf(events);
    }

    public static Analysis start(Article article, ParsedText parse) {
        return new Analysis(article, parse, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** The article text: every offset points into it. */
    public String text() {
        return article.text();
    }

    public Analysis withEntities(List<Entity> e) {
        return new Analysis(article, parse, e, places, times, quotes, claims, numbers, caveats, events);
    }

    public Analysis withPlaces(List<Place> p) {
        return new Analysis(article, parse, entities, p, times, quotes, claims, numbers, caveats, events);
    }

    public Analysis withTimes(List<TimeExpression> t) {
        return new Analysis(article, parse, entities, places, t, quotes, claims, numbers, caveats, events);
    }

    public Analysis withQuotes(List<Quote> q) {
        return new Analysis(article, parse, entities, places, times, q, claims, numbers, caveats, events);
    }

    public Analysis withClaims(List<Claim> c) {
        return new Analysis(article, parse, entities, places, times, quotes, c, numbers, caveats, events);
    }

    public Analysis withNumbers(List<Quantity> n) {
        return new Analysis(article, parse, entities, places, times, quotes, claims, n, caveats, events);
    }

    public Analysis withCaveats(List<Caveat> c) {
        return new Analysis(article, parse, entities, places, times, quotes, claims, numbers, c, events);
    }

    public Analysis withEvents(List<Event> e) {
        return new Analysis(article, parse, entities, places, times, quotes, claims, numbers, caveats, e);
    }

    public AnalyzedArticle toRecord() {
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, entities, quotes, claims, times, places,
                numbers, caveats, events);
    }
}
