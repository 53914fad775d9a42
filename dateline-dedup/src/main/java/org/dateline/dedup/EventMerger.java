package org.dateline.dedup;

import java.io.Serializable;
import java.time.LocalDate;
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
        return mergeAfter(List.of(), reports);
    }

    /**
     * Continues a merge with reports that come after the others in the merge's {@link #order()}: the result is what
     * {@link #merge} gives for all of them, so a store can merge a new article's reports without reading the corpus.
     * {@code earlier} holds, for each group already formed whose first report comes before every report of
     * {@code later}, its reports that come before them all (a group of reports that all come later is not passed:
     * its reports are in {@code later}). Groups whose first report's days end before the first of {@code later} can
     * take no more reports; passing them is harmless. Returns the clusters of {@code earlier}'s groups and of the
     * new ones, earliest first. Report keys must be distinct.
     */
    public List<EventCluster> mergeAfter(List<List<EventReport>> earlier, List<EventReport> later) {
        Set<String> keys = new HashSet<>();
        Map<String, List<List<EventReport>>> seeds = new TreeMap<>();
        for (List<EventReport> group : earlier) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("an earlier group is empty");
            }
            group.forEach(r -> distinct(keys, r));
            seeds.computeIfAbsent(SameEventRule.family(group.get(0).event()), f -> new ArrayList<>()).add(group);
        }
        later.forEach(r -> distinct(keys, r));
        Map<String, List<EventReport>> families = later.stream()
                .collect(Collectors.groupingBy(r -> SameEventRule.family(r.event()), TreeMap::new,
                        Collectors.toList()));
        seeds.keySet().forEach(f -> families.putIfAbsent(f, List.of()));
        List<EventCluster> clusters = new ArrayList<>();
        for (Map.Entry<String, List<EventReport>> family : families.entrySet()) {
            for (List<EventReport> group : groups(seeds.getOrDefault(family.getKey(), List.of()), family.getValue())) {
                clusters.add(cluster(group));
            }
        }
        clusters.sort(Comparator.comparing(EventCluster::earliest, EventReport.EARLIEST));
        return List.copyOf(clusters);
    }

    private static void distinct(Set<String> keys, EventReport r) {
        if (!keys.add(r.key())) {
            throw new IllegalArgumentException("report " + r.key() + " is given twice");
        }
    }

    /**
     * The order in which reports are merged: by the first day their date may mean, then earliest first
     * ({@link EventReport#EARLIEST}). A report's group is decided by the reports before it in this order only.
     */
    public Comparator<EventReport> order() {
        return Comparator.comparing((EventReport r) -> rule.days(r).first()).thenComparing(EventReport.EARLIEST);
    }

    /** The first day a report's date may mean (after widening): where it stands in {@link #order()}. */
    public LocalDate firstDay(EventReport report) {
        return rule.days(report).first();
    }

    /**
     * The groups of reports of one event, each earliest first. Reports are taken in {@link #order()}; each joins
     * the first group, in order of creation, whose first report it matches, or starts a group. Every report of a
     * group therefore matches the group's first one: groups do not chain through a series of near reports into one
     * over weeks and cities, as linking all matching pairs would (measured on Reuters-21578: 11,318 reports, one chain
     * of 1,996 "agreements"). Only groups whose first report's days reach the current report are compared, so a
     * family costs pairs within a date window. {@code seeds} are groups formed before every report of
     * {@code reports} (see {@link #mergeAfter}).
     */
    private List<List<EventReport>> groups(List<List<EventReport>> seeds, List<EventReport> reports) {
        Comparator<EventReport> order = order();
        List<Group> groups = new ArrayList<>();
        for (List<EventReport> seed : seeds) {
            List<EventReport> members = new ArrayList<>(seed);
            members.sort(order);
            groups.add(new Group(members.get(0), rule.days(members.get(0)), members));
        }
        groups.sort(Comparator.comparing(Group::head, order));
        List<Group> open = new ArrayList<>(groups);
        List<EventReport> sorted = new ArrayList<>(reports);
        sorted.sort(order);
        for (EventReport r : sorted) {
            SameEventRule.Days days = rule.days(r);
            open.removeIf(g -> g.days().last().isBefore(days.first()));
            Group home = null;
            for (Group g : open) {
                if (rule.test(g.head(), r)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Group(r, days, new ArrayList<>());
                groups.add(home);
                open.add(home);
            }
            home.members().add(r);
        }
        List<List<EventReport>> result = new ArrayList<>(groups.size());
        for (Group g : groups) {
            result.add(g.members().stream().sorted(EventReport.EARLIEST).toList());
        }
        return result;
    }

    /** A group being formed: its first report in the merge's order, that report's days, and all its reports. */
    private record Group(EventReport head, SameEventRule.Days days, List<EventReport> members) {
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
