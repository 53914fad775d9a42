package org.dateline.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.model.EventModality;
import org.dateline.store.EventFilter;
import org.dateline.store.EventOrder;
import org.dateline.store.MergedEvent;

/**
 * The filters of {@code dateline events} as query parameters: {@code type} (repeatable; an unknown kind is a 400),
 * {@code actor}, {@code text}, {@code near} (a place or LAT,LON) with {@code radius} (km), {@code bbox}
 * (minLon,minLat,maxLon,maxLat, a map's view), {@code from}, {@code to}, {@code minSources}, {@code status},
 * {@code verification}, {@code background}, {@code modality} (repeatable: ASSERTED, the default, PLANNED, POSSIBLE,
 * NEGATED), {@code country} (repeatable, ISO alpha-2), {@code admin1}, {@code actor1} and {@code actor2} (the pair),
 * {@code minFatalities}; lists add {@code sort} (oldest, the default, newest, fatalities, sources), and the events
 * route the page, {@code limit} and {@code offset}.
 */
final class EventParams {
    static final Set<String> FILTERS = Set.of("type", "actor", "text", "near", "radius", "bbox", "from", "to",
            "minSources", "status", "verification", "background", "modality", "country", "admin1", "actor1", "actor2",
            "minFatalities");
    static final Set<String> PAGED = union(FILTERS, Set.of("sort", "limit", "offset"));
    static final Set<String> EXPORTED = union(FILTERS, Set.of("sort", "limit"));
    static final int DEFAULT_LIMIT = EventFilter.DEFAULT_LIMIT;
    static final int MAX_LIMIT = 1000;
    static final double DEFAULT_RADIUS_KM = 50;
    private final PlaceLookup places;
    private final KnownKinds kinds;

    EventParams(PlaceLookup places, KnownKinds kinds) {
        this.places = places;
        this.kinds = kinds;
    }

    /** The filter of the request's parameters, without a page. */
    EventFilter filter(QueryParams q) {
        List<String> types = q.all("type");
        types.forEach(kinds::check);
        EventFilter f = EventFilter.all().withTypes(types).withActor(q.text("actor")).withText(q.text("text"))
                .withDates(q.date("from"), q.date("to"))
                .withMinSources(q.integer("minSources", 0, 0, Integer.MAX_VALUE))
                .withStatus(q.choice("status", EventCluster.Status.class))
                .withVerification(q.choice("verification", MergedEvent.Verification.class))
                .withBackground(q.bool("background", false))
                .withModalities(modalities(q.all("modality")))
                .withCountries(countries(q.all("country"))).withAdmin1(q.text("admin1"))
                .withActors(q.text("actor1"), q.text("actor2"))
                .withMinFatalities(q.integer("minFatalities", 0, 0, Integer.MAX_VALUE));
        double radius = q.number("radius", DEFAULT_RADIUS_KM, 0, EventFilter.Near.MAX_RADIUS_KM);
        if (radius == 0) {
            throw ApiException.badRequest("'radius' must be more than 0 km");
        }
        String near = q.text("near");
        if (near != null) {
            PlaceLookup.Point p;
            try {
                p = places.find(near).orElseThrow(() -> ApiException.badRequest("unknown place '"
                        + near + "' (not in the corpus nor the gazetteer); give near=LAT,LON instead"));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            f = f.withNear(new EventFilter.Near(p.lat(), p.lon(), radius));
        }
        String bbox = q.text("bbox");
        return bbox == null ? f : f.withBox(box(bbox));
    }

    /** The modalities asked for, each a name in any case (several may be given comma-separated). */
    private static Set<EventModality> modalities(List<String> names) {
        Set<EventModality> out = EnumSet.noneOf(EventModality.class);
        for (String name : names) {
            for (String one : name.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    out.add(EventModality.of(one));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("'modality' " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** The countries asked for, each an ISO alpha-2 code (several may be given comma-separated). */
    private static Set<String> countries(List<String> codes) {
        Set<String> out = new HashSet<>();
        for (String code : codes) {
            for (String one : code.split(",")) {
                if (!one.isBlank()) {
                    if (!one.strip().matches("[A-Za-z]{2}")) {
                        throw ApiException.badRequest("'country' must be ISO 3166-1 alpha-2 codes such as UA, got '"
                                + one + "'");
                    }
                    out.add(one.strip());
                }
            }
        }
        return out;
    }

    /** The order of {@code sort}: oldest (the default), newest, fatalities or sources. */
    static EventOrder order(QueryParams q) {
        String text = q.text("sort");
        try {
            return text == null ? EventOrder.OLDEST : EventOrder.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'sort' " + e.getMessage().replace("unknown order", "has no order"));
        }
    }

    /** The filter, order and page of the events route. */
    EventFilter page(QueryParams q) {
        return filter(q).withOrder(order(q)).withPage(q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                q.integer("offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT - 1));
    }

    /**
     * The box of "minLon,minLat,maxLon,maxLat" (Leaflet's {@code toBBoxString()}), clamped to the world: a view
     * showing copies of the world reaches past 180 degrees.
     */
    static EventFilter.Box box(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.badRequest("'bbox' must be minLon,minLat,maxLon,maxLat, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = QueryParams.number("bbox", parts[i], -Double.MAX_VALUE, Double.MAX_VALUE);
        }
        double minLon = Math.max(-180, v[0]);
        double minLat = Math.max(-90, v[1]);
        double maxLon = Math.min(180, v[2]);
        double maxLat = Math.min(90, v[3]);
        if (minLon > maxLon || minLat > maxLat) {
            throw ApiException.badRequest("'bbox' " + text + " is empty or crosses the antimeridian; give"
                    + " minLon <= maxLon and minLat <= maxLat");
        }
        return new EventFilter.Box(minLat, maxLat, minLon, maxLon);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
