package org.dateline.model;

import java.util.List;

/** The record of one article: everything extracted, each item with its evidence. */
public record AnalyzedArticle(String schema, Article article, List<Entity> entities, List<Quote> quotes,
                              List<Claim> claims, List<TimeExpression> times, List<Place> places,
                              List<Quantity> numbers, List<Caveat> caveats, List<Event> events) {

    /** The version of this record's JSON form; see {@code docs/schema/dateline-1.schema.json}. */
    public static final String SCHEMA = "dateline/1";

    public AnalyzedArticle {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        times = List.copyOf(times);
        places = List.copyOf(places);
        numbers = List.copyOf(numbers);
        caveats = List.copyOf(caveats);
        events = List.copyOf(events);
    }
}
