package org.dateline.dedup;

import java.io.Serializable;
import java.util.ArrayList;
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
 * {@link SameEventRule#family type family} are compared with each other, all pairs of them: fine for a day's or a
 * week's reports, while a corpus-wide run should first partition them further, by period and region. The clusters do
 * not depend on the order of the reports. Stateless and thread-safe.
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

    /** The connected groups of linked reports, each in the order of {@code reports}. */
    private List<List<EventReport>> connectedGroups(List<EventReport> reports) {
        int[] root = new int[reports.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            for (int j = 0; j < i; j++) {
                if (rule.test(reports.get(i), reports.get(j))) {
                    int ri = find(root, i);
                    int rj = find(root, j);
                    root[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
        }
        Map<Integer, List<EventReport>> groups = new TreeMap<>();
        for (int i = 0; i < root.length; i++) {
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
