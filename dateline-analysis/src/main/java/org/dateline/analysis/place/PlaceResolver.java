package org.dateline.analysis.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.analysis.lang.Countries;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.Resolution;
import org.dateline.geo.Resolver;
import org.dateline.geo.Toponym;
import org.dateline.model.Dateline;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.lang.Lexicon;

/**
 * Resolves every place mention to a gazetteer entry, with the country focus the article gives: its dateline's
 * country and the demonyms it uses ("Ukrainian forces"); the countries of its places join in as the resolver
 * chooses them. Also resolves bare spans of a text (how gold toponyms are evaluated). Thread-safe.
 */
public final class PlaceResolver implements Stage {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}.'’-]*");
    private static final int NEAR_WINDOW = 30;
    private static final double DATELINE_HINT = 3.0;
    private static final double DEMONYM_HINT = 0.5;

    private final Resolver resolver;
    private final Countries countries;
    private final PlaceKinds kinds = new PlaceKinds();
    private final Set<String> nearWords = Lexicon.load("en", "near-words.tsv", 2).words();

    public PlaceResolver(Gazetteer gazetteer, Countries countries) {
        this.resolver = new Resolver(gazetteer);
        this.countries = countries;
    }

    @Override
    public Analysis apply(Analysis a) {
        String text = a.text();
        List<Toponym> toponyms = new ArrayList<>();
        for (Place p : a.places()) {
            String country = p.kind().equals("country") || p.role().equals("METONYM")
                    ? countries.byName(p.name()).map(Countries.Country::iso2).orElse(null) : null;
            toponyms.add(new Toponym(p.name(), p.kind(), country, p.start(), p.end(), isNear(text, p.start()),
                    p.role().equals("DATELINE")));
        }
        List<Resolution> rs = resolver.resolve(text, toponyms, hints(text, a.article().dateline(), toponyms));
        List<Place> out = new ArrayList<>(a.places().size());
        for (int i = 0; i < rs.size(); i++) {
            Place p = a.places().get(i);
            out.add(new Place(p.id(), p.name(), p.text(), p.kind(), p.role(), geo(rs.get(i)), p.start(), p.end(),
                    p.sentence()));
        }
        return a.withPlaces(out);
    }

    /**
     * Resolves given spans of a text as toponyms, with no parse: kinds come from kind words in the span ("Harris
     * County", "the Oskil River"), the country focus from the demonyms in the text.
     *
     * @param spans {start, end} character offsets
     * @return one resolution per span, null where none was found
     */
    public List<Geo> resolveSpans(String text, Dateline dateline, List<int[]> spans) {
        List<Toponym> toponyms = new ArrayList<>();
        for (int[] s : spans) {
            String span = text.substring(s[0], s[1]).replaceFirst("^(?i)the\\s+", "").strip();
            Countries.Country country = countries.byName(span).or(() -> countries.byDemonym(span)).orElse(null);
            String name = country == null ? span : country.name();
            toponyms.add(new Toponym(name, country != null ? "country" : spanKind(name),
                    country == null ? null : country.iso2(), s[0], s[1], isNear(text, s[0]), false));
        }
        Map<String, Double> hints = hints(text, dateline, toponyms);
        return resolver.resolve(text, toponyms, hints).stream().map(PlaceResolver::geo).toList();
    }

    private String spanKind(String name) {
        int space = name.lastIndexOf(' ');
        PlaceKinds.KindWord k = space < 0 ? null : kinds.get(PlaceKinds.Position.AFTER, name.substring(space + 1));
        return k == null ? "location" : k.kind();
    }

    private Map<String, Double> hints(String text, Dateline dateline, List<Toponym> toponyms) {
        Map<String, Double> hints = new HashMap<>();
        if (dateline != null) {
            for (String part : dateline.text().split(",")) {
                countries.byName(part.strip()).ifPresent(c -> hints.merge(c.iso2(), DATELINE_HINT, Double::sum));
            }
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0))) {
                countries.byDemonym(w).ifPresent(c -> hints.merge(c.iso2(), DEMONYM_HINT, Double::sum));
            }
        }
        return hints;
    }

    private boolean isNear(String text, int start) {
        String before = text.substring(Math.max(0, start - NEAR_WINDOW), start).toLowerCase(Locale.ROOT);
        int stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
        Matcher m = WORD.matcher(before.substring(stop + 1));
        while (m.find()) {
            if (nearWords.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static Geo geo(Resolution r) {
        if (r == null) {
            return null;
        }
        var p = r.place();
        return new Geo(p.id() > 0 ? p.id() : null, p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                p.country(), r.areas().country(), r.areas().admin1(), r.areas().admin2(), r.precision(),
                Math.round(r.confidence() * 1000) / 1000.0, r.match(), r.context());
    }
}
