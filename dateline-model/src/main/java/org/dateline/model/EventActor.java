package org.dateline.model;

/**
 * A party to an event.
 *
 * @param name      canonical name ("Military Forces of Ukraine", "Volodymyr Zelensky", "Protesters (Chile)")
 * @param text      the words in the article ("Ukraine's armed forces", "its troops")
 * @param entity    id of the entity it refers to, or null
 * @param category  ACLED's actor category: STATE_FORCES, REBELS, MILITIA, RIOTERS, PROTESTERS, CIVILIANS,
 *                  EXTERNAL, GOVERNMENT, PERSON, ORGANIZATION or OTHER
 * @param country   the country it belongs to where stated ("Ukraine"), or null
 */
public record EventActor(String name, String text, String entity, String category, String country, Span span) {
}
