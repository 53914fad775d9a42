package org.dateline.eval.record;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation of four words or more with an identifiable speaker.
 *
 * @param startWords  the first words inside the quotation marks, as written
 * @param speakerKeys lower-case substrings, any of which in the system's speaker name is right
 */
public record GoldQuote(String speaker, String startWords, List<String> speakerKeys) {
    public GoldQuote {
        Objects.requireNonNull(startWords, "startWords");
        speakerKeys = List.copyOf(speakerKeys);
    }
}
