package org.dateline.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dateline.model.Event;

/**
 * Merges reports of one event from many articles into {@link EventCluster}s: reports are linked when
 * {@link SameEventRule} holds for them, and a cluster is a connected group of linked reports. Only reports of one
 * {@link SameEventRule#family type family} whose dates overlap are compared with each other: a family's reports of
 * one month's window, not all pairs of a corpus. The clusters do not depend on the order of the reports. Stateless and
 * thread-safe.
 */
public final class EventMerger implements Serializable {
    private static final String ASSERTED = "ASSERTED";
    private static final String NEGATED = "NEGATED";

    private final SameEventRule rule;

    public EventMerger(EventMergeConfig config) {
        this.rule = new SameEventRule(config);
    }

    /** The clusters of the reports, earliest first. Report keys must be distinct. */
    public List<EventCluster> merge(List<EventReport> reports) {
        Set<String> keys = new HashSet<>();
        for (EventReport r : reports) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("report " + r.key() + " is given twice");
            }
        }
        Map<String, List<EventReport>> families = reports.stream().sorted(EventReport.EARLIEST)
                .collect(Collectors.groupingBy(r -> SameEventRule.family(r.event()), TreeMap::new,
                        Collectors.toList()));
        List<EventCluster> clusters = new ArrayList<>();
        for (List<EventReport> family : families.values()) {
            for (List<EventReport> group : connectedGroups(family)) {
                clusters.add(cluster(group));
            }
        }
        clusters.sort(Comparator.comparing(EventCluster::earliest, EventReport.EARLIEST));
        return List.copyOf(clusters);
    }

    /**
     * The connected groups of linked reports, each in the order of {@code reports}. Reports are swept in order of their
     * first day, and each is compared only with the earlier ones whose days reach it (the rule needs the days to
     * overlap), so a corpus-wide family costs pairs within a date window instead of all pairs.
     */
    private List<List<EventReport>> connectedGroups(List<EventReport> reports) {
        int n = reports.size();
        SameEventRule.Days[] days = new SameEventRule.Days[n];
        Integer[] order = new Integer[n];
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            days[i] = rule.days(reports.get(i));
            order[i] = i;
            root[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> days[i].first()).thenComparing(i -> i));
        List<Integer> open = new ArrayList<>();
        for (int i : order) {
            LocalDate first = days[i].first();
            open.removeIf(j -> days[j].last().isBefore(first));
            for (int j : open) {
                if (rule.test(reports.get(i), reports.get(j))) {
                    int ri = find(root, i);
                    int rj = find(root, j);
                    root[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
            open.add(i);
        }
        Map<Integer, List<EventReport>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static EventCluster cluster(List<EventReport> reports) {
        EventReport earliest = reports.get(0);
        int sources = (int) reports.stream().map(EventReport::storyId).distinct().count();
        Set<String> modalities = reports.stream().map(EventReport::event).map(Event::modality)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        EventCluster.Status status = modalities.contains(ASSERTED) && modalities.contains(NEGATED)
                ? EventCluster.Status.CONTRADICTED
                : sources >= 2 ? EventCluster.Status.CORROBORATED : EventCluster.Status.SINGLE_SOURCE;
        return new EventCluster(earliest.key(), reports, sources, earliest, status);
    }
}
