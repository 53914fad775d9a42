package org.dateline.model;

import java.util.List;

/**
 * One real-world entity, with all its mentions merged.
 *
 * @param id          stable within the article ("e1", "e2", ...)
 * @param name        canonical name: the longest proper-name mention
 * @param type        PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP, ...
 * @param titles      titles and offices stated in the text
 * @param affiliation country or organisation the entity belongs to where stated ("Ukraine"), or null
 * @param mentions    every mention, in text order; the first is the item's evidence
 */
public record Entity(String id, String name, String type, List<Title> titles, String affiliation,
                     List<Mention> mentions, int start, int end, int sentence) implements Evidence {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
