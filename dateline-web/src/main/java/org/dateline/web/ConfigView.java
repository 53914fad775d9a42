package org.dateline.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the page needs to know of the server: the tile URL template and its attribution (null: the page's own
 * basemap), whether it takes articles and whether posting needs a token.
 */
record ConfigView(@JsonInclude(JsonInclude.Include.ALWAYS) String tiles,
                  @JsonInclude(JsonInclude.Include.ALWAYS) String attribution, boolean takesArticles,
                  boolean tokenRequired) {
    static ConfigView of(DeskConfig c) {
        return new ConfigView(c.tiles() == null ? null : c.tiles().template(), c.attribution(), c.takesArticles(),
                c.token() != null);
    }
}
