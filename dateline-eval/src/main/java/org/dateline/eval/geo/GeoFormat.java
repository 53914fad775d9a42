package org.dateline.eval.geo;

import java.util.List;

/**
 * The two XML layouts of the geoparsing gold sets shared by Gritta et al. (repository
 * milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation), and which of their annotations count as toponyms.
 *
 * <p><b>GeoWebNews gold types.</b> GeoWebNews types every annotated span with the Pragmatic Taxonomy of Toponyms
 * (Gritta, Pilehvar and Collier, "A Pragmatic Guide to Geoparsing Evaluation", Language Resources and Evaluation
 * 54, 2020, doi:10.1007/s10579-019-09475-3). Recognition here counts the eleven toponym types and leaves out the
 * three that are not toponyms: {@code Non_Toponym} (the whole name around an embedded toponym, "Louisiana
 * Purchase" around "Louisiana", or a non-place name that a {@code Coercion} on the same span makes a place) and
 * {@code Literal_Expression} / {@code Non_Lit_Expression} (the wider phrase around a toponym, annotated as its
 * context). This is the authors' own geotagging setup: the evaluation code of that repository ({@code dataset.py})
 * drops exactly these three types and divides recall by 2,720, the number of spans of the other eleven types.
 * Resolution uses only gold toponyms with coordinates; the corpus gives them to the other eight types but not to
 * {@code Demonym}, {@code Language} and {@code Homonym} (2,601 spans; the paper's own geocoding figures use the
 * 2,401 of them that have a GeoNames id).
 *
 * <p>LGL, TR-News and GeoVirus do not type their toponyms: every annotated toponym counts for recognition, those with
 * coordinates for resolution.
 */
public enum GeoFormat {
    /** {@code article@docid}, {@code text}, {@code dltime}, {@code toponym} with {@code phrase}, {@code gaztag}. */
    LGL("LGL/TR-News", List.of(), List.of()),
    /** {@code article@file}, {@code text}, {@code toponyms/toponym} with {@code extractedName} and {@code type}. */
    GEOWEBNEWS("GeoWebNews",
            List.of("Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal", "Metonymic",
                    "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language", "Homonym"),
            List.of("Non_Toponym", "Literal_Expression", "Non_Lit_Expression")),
    /**
     * {@code article} (no id) with {@code source}, {@code text} and {@code locations/location} with {@code name},
     * {@code start}, {@code end}, {@code lat}, {@code lon} and the Wikipedia {@code page}: GeoVirus (Gritta et al.
     * 2018, repository milangritta/Geocoding-with-Map-Vector); untyped, every location counts.
     */
    GEOVIRUS("GeoVirus", List.of(), List.of());

    private final String title;
    private final List<String> toponymTypes;
    private final List<String> otherTypes;

    GeoFormat(String title, List<String> toponymTypes, List<String> otherTypes) {
        this.title = title;
        this.toponymTypes = toponymTypes;
        this.otherTypes = otherTypes;
    }

    /** The corpus name for headings ("GeoWebNews"). */
    public String title() {
        return title;
    }

    /** Whether a gold annotation of this format is a toponym to find. */
    public boolean counts(GoldToponym toponym) {
        return this != GEOWEBNEWS || toponymTypes.contains(toponym.type());
    }

    /** Which gold annotations count, for the {@code gold-types:} line. */
    public String goldTypes() {
        return this == LGL ? "all (LGL/TR-News toponyms are untyped)"
                : this == GEOVIRUS ? "all (GeoVirus locations are untyped)"
                : String.join(" ", toponymTypes) + " (not " + String.join(" ", otherTypes) + ")";
    }

    /** Whether a GeoWebNews type is one of its taxonomy's fourteen. */
    boolean isKnownType(String type) {
        return toponymTypes.contains(type) || otherTypes.contains(type);
    }
}
