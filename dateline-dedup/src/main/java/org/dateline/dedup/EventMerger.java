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
 * Merges reports of one event from many articles into {@link EventCluster}s: a report joins a cluster when
 * {@link SameEventRule} holds between it and the cluster's first report (see {@link #groups}). Only reports of one
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
            for (List<EventReport> group : groups(family)) {
                clusters.add(cluster(group));
            }
        }
        clusters.sort(Comparator.comparing(EventCluster::earliest, EventReport.EARLIEST));
        return List.copyOf(clusters);
    }

    /**
     * The groups of reports of one event, each in the order of {@code reports} (earliest first). Reports are taken in
     * order of their first day (then earliest first); each joins the first group, in order of creation, whose first
     * report it matches, or starts a group. Every report of a group therefore matches the group's first one: groups
     * do not chain through a series of near reports into one over weeks and cities, as linking all matching pairs
     * would (measured on Reuters-21578: 11,318 reports, one chain of 1,996 "agreements"). Only groups whose first
     * report's days reach the current report are compared, so a family costs pairs within a date window.
     */
    private List<List<EventReport>> groups(List<EventReport> reports) {
        int n = reports.size();
        SameEventRule.Days[] days = new SameEventRule.Days[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            days[i] = rule.days(reports.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> days[i].first()).thenComparing(i -> i));
        List<List<Integer>> groups = new ArrayList<>();
        List<List<Integer>> open = new ArrayList<>();
        for (int i : order) {
            LocalDate first = days[i].first();
            open.removeIf(g -> days[g.get(0)].last().isBefore(first));
            List<Integer> home = null;
            for (List<Integer> g : open) {
                if (rule.test(reports.get(g.get(0)), reports.get(i))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
                open.add(home);
            }
            home.add(i);
        }
        List<List<EventReport>> result = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            result.add(g.stream().sorted().map(reports::get).toList());
        }
        return result;
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
