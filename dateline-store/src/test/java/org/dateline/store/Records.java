package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Claim;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.Title;

/** Small hand-built records: one article in a city, with one of each extracted item. */
final class Records {
    private Records() {
    }

    /**
     * An article about shelling in {@code city} at ({@code lat}, {@code lon}) in which the mayor says
     * {@code quote}; its event counts {@code killed} fatalities in two FATALITIES counts (killed - 1, then 1).
     */
    static AnalyzedArticle shelling(String city, double lat, double lon, String quote, int killed) {
        String text = city.toUpperCase() + ", March 3 (Reuters) - Shelling killed " + killed + " people in " + city
                + " on Sunday. \"" + quote + ",\" Mayor Ivan Petrenko said.";
        Article article = Article.of(LocalDate.of(2024, 3, 3), new Dateline(city.toUpperCase(), city, 0,
                city.length()), "Shelling in " + city, "Reuters", "https://example.org/" + city, text);
        int quoteStart = text.indexOf('"');
        int quoteEnd = text.indexOf('"', quoteStart + 1) + 1;
        int mayor = text.indexOf("Mayor");
        Entity petrenko = new Entity("e1", "Ivan Petrenko", "PERSON", List.of(new Title("Mayor", mayor,
                mayor + 5, 1)), city + " city council", List.of(), mayor, mayor + 19, 1);
        Quote said = new Quote("q1", quote, "e1", "Ivan Petrenko", new Span(mayor, mayor + 19), "said",
                new Span(text.length() - 5, text.length() - 1), null, null, "2024-03-03", quoteStart, quoteEnd, 1);
        Claim claim = new Claim("c1", "e1", "Ivan Petrenko", new Span(mayor, mayor + 19), "said",
                new Span(text.length() - 5, text.length() - 1), quote, new Span(quoteStart + 1, quoteEnd - 2),
                "2024-03-03", quoteStart, quoteEnd, 1);
        int sunday = text.indexOf("Sunday");
        TimeExpression time = new TimeExpression("t1", "Sunday", "DATE", "2024-03-03", "DAY", null, "XXXX-WXX-7",
                sunday, sunday + 6, 0);
        Geo geo = new Geo(12345L, city, lat, lon, "P", "PPLA", "UA", "Ukraine", "Oblast", null, 3, 0.9);
        int in = text.indexOf(" in " + city) + 4;
        Place place = new Place("p1", city, city, "city", "EVENT", geo, in, in + city.length(), 0);
        int shelling = text.indexOf("Shelling");
        Event event = new Event("ev1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "195",
                "Shelling", new Span(shelling, shelling + 8), null,
                new EventActor("Civilians", "people", null, "CIVILIANS", "UA", null),
                new EventPlace("p1", city, geo, 3, "IN_SENTENCE"),
                new EventDate("2024-03-03", "2024-03-03", "2024-03-03", 1, false, null, "WEEKDAY"),
                List.of(new EventCount("FATALITIES", killed - 1, "people", null),
                        new EventCount("FATALITIES", 1, "one", null),
                        new EventCount("INJURED", 7, "seven", null)),
                new Assertion("Reuters", null, "OUTLET", null), "ASSERTED", "REALIS", false, null, 0.8,
                shelling, text.indexOf("Sunday.") + 7, 0, List.of());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(petrenko), List.of(said),
                List.of(claim), List.of(time), List.of(place), List.of(), List.of(), List.of(event));
    }

    /** The same article with its only entity listed twice, which violates entities' primary key. */
    static AnalyzedArticle withDuplicateEntity(AnalyzedArticle record) {
        return new AnalyzedArticle(record.schema(), record.article(),
                List.of(record.entities().get(0), record.entities().get(0)), record.quotes(), record.claims(),
                record.times(), record.places(), record.numbers(), record.caveats(), record.events());
    }
}
