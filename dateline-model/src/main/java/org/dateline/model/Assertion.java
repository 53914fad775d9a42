package org.dateline.model;

/**
 * Who asserts that an event happened.
 *
 * @param name   as written or canonicalised ("Serhiy Gaidai", "Ukraine's armed forces", "Reuters")
 * @param entity id of the asserting entity, or null
 * @param kind   OUTLET (the article itself), OFFICIAL (a named person with an office), PARTY (a government, army or
 *               armed group), PERSON, UNNAMED ("sources said") or ORGANIZATION
 * @param via    id of the quote or claim that carries the assertion, or null when the outlet reports it
 */
public record Assertion(String name, String entity, String kind, String via) {
}
