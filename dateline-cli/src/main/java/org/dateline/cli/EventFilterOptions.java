package org.dateline.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GazetteerLocation;
import org.dateline.model.EventModality;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.MergedEvent;
import org.dateline.web.PlaceLookup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The filters of merged events, shared by {@code dateline events} and {@code dateline export}. */
final class EventFilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "T", description = "Event kind: a code (SHELLING), an ACLED event type"
            + " (Battles) or sub-event type (\"Peaceful protest\"); repeat for any of several.")
    List<String> types = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "NAME", description = "A party's name or part of it (Zelensky).")
    String actor;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words that must all occur in the reports.")
    String text;

    @Option(names = "--near", paramLabel = "PLACE|LAT,LON", description = "Events within --radius of a place.")
    String near;

    @Option(names = "--radius", paramLabel = "KM", description = "Radius of --near (default: ${DEFAULT-VALUE}).")
    double radiusKm = 50;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "First day on or before.")
    LocalDate to;

    @Option(names = "--min-sources", paramLabel = "N", description = "At least N independent sources.")
    int minSources;

    @Option(names = "--status", paramLabel = "S", description = "SINGLE_SOURCE, CORROBORATED or CONTRADICTED.")
    String status;

    @Option(names = "--verification", paramLabel = "V", description = "REPORTED, CLAIMED or NOT_VERIFIED.")
    String verification;

    @Option(names = "--background", description = "Include events that are not new events of their articles (recalled, "
            + "tallies, habits, statements).")
    boolean background;

    @Option(names = "--modality", paramLabel = "M", split = ",", description = "Modalities to show: ASSERTED "
            + "(default: what happened), PLANNED, POSSIBLE, NEGATED, or ALL; several separated by commas.")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Gazetteer index --near PLACE is looked up in (default: data/gazetteer.db of the installation).")
    Path gazetteer;

    /** The filter the options give, with the page; a place name is looked up (and said on standard error). */
    EventFilter filter(CorpusStore store, int limit, int offset) {
        EventFilter f;
        try {
            f = EventFilter.all().withTypes(types).withActor(actor).withText(text).withDates(from, to)
                    .withMinSources(minSources).withBackground(background).withModalities(modalities())
                    .withPage(limit, offset)
                    .withStatus(status == null ? null : value(EventCluster.Status.class, status, "--status"))
                    .withVerification(verification == null ? null
                            : value(MergedEvent.Verification.class, verification, "--verification"));
            if (near != null) {
                PlaceLookup.Point p = place(store);
                f = f.withNear(new EventFilter.Near(p.lat(), p.lon(), radiusKm));
                System.err.printf(Locale.ROOT, "dateline: within %s km of %s (%.5f, %.5f), from %s%n",
                        BigDecimal.valueOf(radiusKm).stripTrailingZeros().toPlainString(), p.name(), p.lat(),
                        p.lon(), p.found());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return f;
    }

    /** The modalities of {@code --modality}: ALL stands for every one. */
    private Set<EventModality> modalities() {
        Set<EventModality> out = EnumSet.noneOf(EventModality.class);
        for (String m : modalities) {
            if (m.strip().equalsIgnoreCase("ALL")) {
                return EnumSet.allOf(EventModality.class);
            }
            out.add(EventModality.of(m));
        }
        return out;
    }

    /** The point of {@code --near}: coordinates, or a place as the corpus resolved it, else from the gazetteer. */
    private PlaceLookup.Point place(CorpusStore store) {
        Path index = gazetteer != null ? gazetteer : GazetteerLocation.defaultIndex();
        Gazetteer[] opened = new Gazetteer[1];
        try {
            return new PlaceLookup(store, () -> opened[0] = open(index)).find(near)
                    .orElseThrow(() -> new CommandFailure(Files.isRegularFile(index)
                            ? "unknown place '" + near + "' (not in the corpus nor in the gazetteer at " + index
                                    + "); give --near LAT,LON instead"
                            : "cannot look up --near '" + near + "': no gazetteer index at " + index
                                    + " (build it with: dateline gazetteer build), or give --near LAT,LON"));
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /** The gazetteer index, or null when it has not been built (then only the corpus is asked). */
    private static Gazetteer open(Path index) {
        if (!Files.isRegularFile(index)) {
            return null;
        }
        try {
            return Gazetteer.openForLookups(index);
        } catch (IOException e) {
            throw new CommandFailure("cannot read the gazetteer at " + index + ": " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String option) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of " + List.of(type.getEnumConstants())
                    + ", got '" + name + "'", e);
        }
    }
}
