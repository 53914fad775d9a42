package org.dateline.cli.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import org.dateline.analysis.event.EventKinds;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/**
 * A synthetic corpus of analysed articles for benchmarks: {@code events} event reports in about a quarter as many
 * articles (four each), published in date order over five years from {@link #FIRST_DAY}. Each article is 1-2 KB of
 * sentences: a dateline, its events' sentences (actor, verb, victim or object, place, day, sometimes fatalities and
 * who claims it) and filler sentences of Zipf-distributed words that name people and places now and then; about
 * half the articles quote someone. About one event in five re-reports a recent event of another article (same kind,
 * actors, place and day, another wording, now and then denied), so merged events with several sources exist.
 *
 * <p>The same {@code events} and {@code seed} give the same articles, on any machine. Not thread-safe.
 */
public final class SyntheticCorpus implements Iterator<AnalyzedArticle> {
    public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    public static final int DAYS = 1826;
    public static final int EVENTS_PER_ARTICLE = 4;
    private static final double REREPORTED = 0.2;
    private static final int RECENT = 2_000;
    private static final List<String> VIOLENT = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians");

    private final SyntheticWorld world;
    private final Random random;
    private final int events;
    private final int articles;
    private final Seed[] recent = new Seed[RECENT];
    private int recentCount;
    private int made;
    private int eventsMade;

    /**
     * What a report says happened, so that another article can report it again.
     *
     * @param place     the place's name as written (a town, or the region for geo-precision 3)
     * @param precision the event's geo-precision: 1 in the town, 2 near it, 3 in its region
     */
    private record Seed(EventKinds.Kind kind, SyntheticWorld.Actor actor1, SyntheticWorld.Actor actor2,
                        String place, Geo geo, int precision, EventDate date, String datePhrase, Integer killed) {
    }

    public SyntheticCorpus(int events, long seed) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1, got " + events);
        }
        this.events = events;
        this.articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
        this.world = new SyntheticWorld(SyntheticLists.english(), seed);
        this.random = new Random(seed * 31 + 7);
    }

    /** How many event reports the articles hold in all. */
    public int events() {
        return events;
    }

    /** How many articles there are. */
    public int articles() {
        return articles;
    }

    @Override
    public boolean hasNext() {
        return made < articles;
    }

    @Override
    public AnalyzedArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + articles + " articles are made");
        }
        int count = Math.min(EVENTS_PER_ARTICLE, events - eventsMade);
        LocalDate published = FIRST_DAY.plusDays((long) made * DAYS / articles);
        String outlet = world.outlet(random);
        SyntheticLists.Region home = world.region(random);
        ArticleDraft draft = new ArticleDraft();
        String city = world.city(home).name();
        String upper = city.toUpperCase(Locale.ROOT);
        draft.write(upper + ", " + published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + published.getDayOfMonth() + " (" + outlet + ") - ");
        List<Seed> reported = new ArrayList<>();
        int length = 1000 + random.nextInt(900);
        for (int i = 0; i < count; i++) {
            boolean again = recentCount > 0 && random.nextDouble() < REREPORTED;
            Seed seed = again ? recent[random.nextInt(recentCount)] : fresh(home, published);
            boolean denied = again && random.nextDouble() < 0.03;
            reported.add(seed);
            eventSentence(draft, "ev" + (i + 1), seed, outlet, again, denied);
            for (int f = random.nextInt(3); f > 0; f--) {
                filler(draft, home);
            }
            if (i == 0 && random.nextDouble() < 0.5) {
                quote(draft, published);
            }
        }
        while (draft.length() < length) {
            filler(draft, home);
        }
        String title = capitalized(world.word(random)) + " " + world.word(random) + " in " + city;
        Article article = Article.of(published, new Dateline(upper, city, 0, upper.length()), title, outlet,
                "https://news.example/" + made, draft.text());
        for (Seed s : reported) {
            remember(s);
        }
        made++;
        eventsMade += count;
        return draft.build(article);
    }

    private void remember(Seed seed) {
        if (recentCount < RECENT) {
            recent[recentCount++] = seed;
        } else {
            recent[random.nextInt(RECENT)] = seed;
        }
    }

    /** A new event: mostly in the article's region, at its busy places most often, a day or two before. */
    private Seed fresh(SyntheticLists.Region home, LocalDate published) {
        String type = world.type(random);
        EventKinds.Kind kind = world.kind(type, random);
        SyntheticLists.Region region = random.nextDouble() < 0.7 ? home : world.region(random);
        SyntheticWorld.Location location = world.location(region, random);
        double p = random.nextDouble();
        int precision = p < 0.83 ? 1 : p < 0.98 ? 2 : 3;
        Geo geo = location.geo();
        String place = location.name();
        if (precision == 3) {
            Geo city = world.city(region).geo();
            place = region.region();
            geo = new Geo(null, place, city.lat(), city.lon(), "A", "ADM1", city.country(), city.countryName(),
                    place, null, 3, 0.8);
        }
        SyntheticWorld.Actor actor1 = world.actor(type, region.country(), random);
        SyntheticWorld.Actor actor2 = switch (type) {
            case "Violence against civilians" -> world.civilians(region.country());
            case "Battles" -> other(actor1, world.actor(type, region.country(), random), region.country());
            case "Explosions/Remote violence" -> random.nextBoolean() ? world.civilians(region.country())
                    : other(actor1, world.actor("Battles", region.country(), random), region.country());
            case "Protests" -> random.nextDouble() < 0.3 ? world.police(region.country()) : null;
            case "Riots" -> random.nextDouble() < 0.6 ? world.police(region.country()) : null;
            default -> null;
        };
        Integer killed = VIOLENT.contains(type) && random.nextDouble() < 0.4
                ? (int) Math.floor(Math.exp(random.nextDouble() * 4)) : null;
        LocalDate day = published.minusDays(random.nextInt(3));
        double d = random.nextDouble();
        EventDate date;
        String phrase;
        if (d < 0.90) {
            date = new EventDate(day.toString(), day.toString(), day.toString(), 1, false, null, "TEXT");
            phrase = " on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        } else if (d < 0.95) {
            date = new EventDate(published.toString(), published.toString(), published.toString(), 1, true, null,
                    "PUBLICATION");
            phrase = "";
        } else if (d < 0.99) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String week = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            date = new EventDate(week, monday.toString(), monday.plusDays(6).toString(), 2, false, null, "TEXT");
            phrase = " this week";
        } else {
            LocalDate first = day.withDayOfMonth(1);
            date = new EventDate(first.toString().substring(0, 7), first.toString(),
                    first.plusMonths(1).minusDays(1).toString(), 3, false, null, "TEXT");
            phrase = " this month";
        }
        return new Seed(kind, actor1, actor2, place, geo, precision, date, phrase, killed);
    }

    /** {@code candidate}, or the country's civilians when it is {@code actor1} itself. */
    private SyntheticWorld.Actor other(SyntheticWorld.Actor actor1, SyntheticWorld.Actor candidate,
                                       String country) {
        return candidate.equals(actor1) ? world.civilians(country) : candidate;
    }

    /**
     * "Military Forces of Russia shelled civilians near Kupiansk on Tuesday, killing 3 people, Governor Oleh Syniehubov
     * said." A re-report may change the number of dead and who claims it; a denial reports the event NEGATED.
     */
    private void eventSentence(ArticleDraft draft, String id, Seed seed, String outlet, boolean again,
                               boolean denied) {
        int sentence = draft.sentence();
        boolean background = !again && random.nextDouble() < 0.03;
        int start = draft.length();
        if (background) {
            draft.write("Earlier, ");
        }
        Span actor1 = draft.write(seed.actor1().name());
        if (denied) {
            draft.write(" denied that it");
        }
        draft.write(" ");
        String verb = world.verb(seed.kind().type(), random);
        Span trigger = draft.write(verb);
        EventActor a2 = null;
        if (seed.kind().type().equals("Strategic developments")) {
            draft.write(" " + article(seed.kind().subtype().toLowerCase(Locale.ROOT)));
        } else if (seed.actor2() != null) {
            draft.write(" ");
            String text = seed.actor2().category().equals("CIVILIANS") ? "civilians" : seed.actor2().name();
            Span span = draft.write(text);
            a2 = new EventActor(seed.actor2().name(), text, null, seed.actor2().category(),
                    seed.actor2().country(), span);
        }
        draft.write(switch (seed.precision()) {
            case 1 -> " in ";
            case 2 -> " near ";
            default -> " in the ";
        });
        String placeId = draft.place(seed.place(), seed.precision() == 3 ? "region" : "town", seed.geo());
        if (seed.precision() == 3) {
            draft.write(" region");
        }
        draft.write(seed.datePhrase());
        List<EventCount> counts = List.of();
        Integer killed = seed.killed();
        if (killed != null && again && random.nextBoolean()) {
            killed += random.nextInt(3);
        }
        if (killed != null) {
            Span number = draft.write(", killing " + killed + (killed == 1 ? " person" : " people"));
            counts = List.of(new EventCount("FATALITIES", killed, String.valueOf(killed), number));
        }
        double v = random.nextDouble();
        Assertion assertor;
        String status;
        if (v < 0.6) {
            assertor = new Assertion(outlet, null, "OUTLET", null);
            status = "REPORTED";
        } else if (v < 0.9) {
            draft.write(", ");
            ArticleDraft.Named official = draft.person(world.speaker(random), true);
            draft.write(" said");
            assertor = new Assertion(draft.text().substring(official.name().start(), official.name().end()),
                    official.entityId(), "OFFICIAL", null);
            status = "CLAIMED";
        } else {
            draft.write(", but " + outlet + " could not independently verify the report");
            assertor = new Assertion(outlet, null, "OUTLET", null);
            status = "NOT_VERIFIED";
        }
        draft.write(".");
        SyntheticWorld.Actor a1 = seed.actor1();
        draft.add(new Event(id, seed.kind().type(), seed.kind().subtype(), seed.kind().code(), verb, trigger,
                new EventActor(a1.name(), a1.name(), null, a1.category(), a1.country(), actor1), a2,
                new EventPlace(placeId, seed.place(), seed.geo(), seed.precision(),
                        seed.precision() == 2 ? "NEAR" : "TEXT"),
                seed.date(), counts, assertor, status, denied ? "NEGATED" : "ASSERTED", background,
                denied ? BackgroundReason.NOT_ASSERTED : background ? BackgroundReason.RECALLED : null, 0.8, start,
                draft.length(), sentence, List.of()));
    }

    /** Words drawn by the corpus's Zipf law; now and then a person or a place of the region is named. */
    private void filler(ArticleDraft draft, SyntheticLists.Region home) {
        draft.sentence();
        int words = 8 + random.nextInt(15);
        int person = random.nextDouble() < 0.15 ? random.nextInt(words) : -1;
        int place = random.nextDouble() < 0.15 ? random.nextInt(words) : -1;
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                draft.write(random.nextDouble() < 0.08 ? ", " : " ");
            }
            if (w == person) {
                draft.person(world.speaker(random), random.nextBoolean());
            } else if (w == place) {
                draft.write("in ");
                SyntheticWorld.Location location = world.location(home, random);
                draft.place(location.name(), "town", location.geo());
            } else {
                String word = world.word(random);
                draft.write(w == 0 ? capitalized(word) : word);
            }
        }
        draft.write(".");
    }

    /** "\"We will not leave,\" Governor Ivan Petrenko said." */
    private void quote(ArticleDraft draft, LocalDate published) {
        int sentence = draft.sentence();
        draft.write("\"");
        int start = draft.length();
        int words = 6 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            String word = world.word(random);
            draft.write(w == 0 ? capitalized(word) : " " + word);
        }
        int end = draft.length();
        draft.write(",\" ");
        SyntheticWorld.Person speaker = world.speaker(random);
        ArticleDraft.Named named = draft.person(speaker, true);
        draft.write(" ");
        Span said = draft.write("said");
        draft.write(".");
        draft.add(new Quote("q" + (draft.quoteCount() + 1), draft.text().substring(start, end), named.entityId(),
                speaker.name(), named.name(), "say", said, null, null, published.toString(), start, end, sentence));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
