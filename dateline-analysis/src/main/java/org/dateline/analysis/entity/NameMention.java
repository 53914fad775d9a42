package org.dateline.analysis.entity;

/**
 * A proper-name mention about to be clustered: token range [first, end) of the name without honorifics,
 * and the entity type it maps to.
 *
 * @param honorificStart first token of the mention including a preceding honorific ("Mr"), else {@code first}
 */
record NameMention(int first, int end, int honorificStart, String type, String name) {
    String lastWord() {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    boolean singleWord() {
        return name.indexOf(' ') < 0;
    }
}
