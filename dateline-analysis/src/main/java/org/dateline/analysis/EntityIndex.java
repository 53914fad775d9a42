package org.dateline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.Mention;

/** Finds the entity that a span of the text mentions. Built once per article. */
public final class EntityIndex {
    private record Entry(Mention mention, Entity entity) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Map<String, Entity> byId = new java.util.HashMap<>();

    public EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Mention m : e.mentions()) {
                entries.add(new Entry(m, e));
            }
        }
        entries.sort(Comparator.comparingInt(x -> x.mention().start()));
    }

    /** Every entity, in the order given. */
    public List<Entity> entities() {
        return List.copyOf(byId.values()).stream().sorted(Comparator.comparing(Entity::start)).toList();
    }

    /** The entity with this id, or null. */
    public Entity byId(String id) {
        return byId.get(id);
    }

    /** The entity one of whose mentions covers the offset, or null. */
    public Entity at(int offset) {
        for (Entry x : entries) {
            if (x.mention().start() > offset) {
                break;
            }
            if (offset < x.mention().end()) {
                return x.entity();
            }
        }
        return null;
    }

    /**
     * The entity best mentioned inside [start, end): a mention covering the head offset wins, otherwise the
     * first person mentioned in the span, otherwise the first entity mentioned in it. Null when none.
     */
    public Entity in(int start, int end, int headOffset) {
        Entity first = null;
        Entity person = null;
        for (Entry x : entries) {
            Mention m = x.mention();
            if (m.start() >= end) {
                break;
            }
            if (m.end() <= start) {
                continue;
            }
            if (m.start() <= headOffset && headOffset < m.end()) {
                return x.entity();
            }
            if (first == null) {
                first = x.entity();
            }
            if (person == null && x.entity().type().equals("PERSON")) {
                person = x.entity();
            }
        }
        return person != null ? person : first;
    }
}
