package org.dateline.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the page needs to know of the server: the tile URL template and its attribution (null: the page's own
 * basemap), whether it takes articles, whether posting needs a token, and whether the analyzer of posted articles
 * is loaded.
 */
record ConfigView(@JsonInclude(JsonInclude.Include.ALWAYS) String tiles,
                  @JsonInclude(JsonInclude.Include.ALWAYS) String attribution, boolean takesArticles,
                  boolean tokenRequired, AnalyzerStatus analyzer) {
    static ConfigView of(DeskConfig c, AnalyzerStatus analyzer) {
        return new ConfigView(c.tiles() == null ? null : c.tiles().template(), c.attribution(), c.takesArticles(),
                c.token() != null, c.takesArticles() ? analyzer
                        : new AnalyzerStatus(AnalyzerStatus.State.OFF, null, null));
    }
}
