package org.dateline.analysis.attribution;

import java.util.List;
import org.dateline.model.parse.ParsedText;

/** Finds the attributions of a parse: cues with their sources and contents. Implementations are stateless. */
public interface AttributionFinder {

    /** Every attribution of the parse, in text order of the cue. */
    List<Attribution> find(ParsedText p);
}
