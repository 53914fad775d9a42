package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document as gold data.
 *
 * @param id            the DOCID, or the file name without ".tml" when there is none
 * @param creationDate  the date of the document creation time (DCT)
 * @param creationValue the DCT value as written, which may carry a time ("1998-02-13T14:26:00")
 * @param text          the content of the TEXT element with all tags removed and entities decoded
 * @param timexes       the gold TIMEX3s inside TEXT, in text order, with offsets into {@code text}
 */
public record TimeMlDocument(String id, LocalDate creationDate, String creationValue, String text,
                             List<GoldTimex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(creationValue, "creationValue");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        for (GoldTimex timex : timexes) {
            if (timex.end() > text.length() || !text.substring(timex.start(), timex.end()).equals(timex.text())) {
                throw new IllegalArgumentException(id + ": timex " + timex.tid() + " does not match the text");
            }
        }
    }
}
