package org.dateline.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.model.EventModality;
import org.dateline.store.EventFilter;
import org.dateline.store.MergedEvent;

/**
 * The filters of {@code dateline events} as query parameters: {@code type} (repeatable), {@code actor},
 * {@code text}, {@code near} (a place or LAT,LON) with {@code radius} (km), {@code bbox} (minLon,minLat,maxLon,maxLat,
 * a map's view), {@code from}, {@code to}, {@code minSources}, {@code status}, {@code verification},
 * {@code background}, {@code modality} (repeatable: ASSERTED, the default, PLANNED, POSSIBLE, NEGATED); the events
 * route adds the page, {@code limit} and {@code offset}.
 */
final class EventParams {
    static final Set<String> FILTERS = Set.of("type", "actor", "text", "near", "radius", "bbox", "from", "to",
            "minSources", "status", "verification", "background", "modality");
    static final Set<String> PAGED = union(FILTERS, Set.of("limit", "offset"));
    static final int DEFAULT_LIMIT = EventFilter.DEFAULT_LIMIT;
    static final int MAX_LIMIT = 1000;
    static final double DEFAULT_RADIUS_KM = 50;
    private final PlaceLookup places;

    EventParams(PlaceLookup places) {
        this.places = places;
    }

    /** The filter of the request's parameters, without a page. */
    EventFilter filter(QueryParams q) {
        EventFilter f = EventFilter.all().withTypes(q.all("type")).withActor(q.text("actor")).withText(q.text("text"))
                .withDates(q.date("from"), q.date("to"))
                .withMinSources(q.integer("minSources", 0, 0, Integer.MAX_VALUE))
                .withStatus(q.choice("status", EventCluster.Status.class))
                .withVerification(q.choice("verification", MergedEvent.Verification.class))
                .withBackground(q.bool("background", false))
                .withModalities(modalities(q.all("modality")));
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

    /** The filter and page of the events route. */
    EventFilter page(QueryParams q) {
        return filter(q).withPage(q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
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
