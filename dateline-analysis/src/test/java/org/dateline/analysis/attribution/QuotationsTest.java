package org.dateline.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.parse.QuoteSpan;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static List<String> texts(String text, List<QuoteSpan> spans) {
        return spans.stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void aQuoteThatGoesOnIntoTheNextParagraphEndsWithItsParagraph() {
        String text = "The agency said: \u201CThe first blast came at noon. Then another.\n\n"
                + "\u201CThe injured are being treated.\u201D Nobody claimed it.";
        assertEquals(List.of("\u201CThe first blast came at noon. Then another.",
                "\u201CThe injured are being treated.\u201D"), texts(text, Quotations.scan(text)));
    }

    @Test
    void aClosingMarkWithoutItsOpeningMarkClosesAQuoteThatStartsTheParagraph() {
        String text = "Intro line.\n\nWe confirmed 17 deaths today\", said a source. \"Today, more came\", he said.";
        assertEquals(List.of("We confirmed 17 deaths today\"", "\"Today, more came\""),
                texts(text, Quotations.scan(text)));
    }

    @Test
    void straightMarksAreReadByTheirSide() {
        String text = "He called it \"a disaster\" and \"a shame.\"";
        assertEquals(List.of("\"a disaster\"", "\"a shame.\""), texts(text, Quotations.scan(text)));
    }

    @Test
    void twoApostrophesAreADoubleMark() {
        String text = "''We need Chapter 9,'' Ms. Acosta said. It isn't ''fair.''";
        assertEquals(List.of("''We need Chapter 9,''", "''fair.''"), texts(text, Quotations.scan(text)));
    }

    @Test
    void theTaggersQuotationStaysUnlessItIsBroken() {
        String text = "Intro.\n\nWe won\", he said. \"Today, more came\", she said.";
        QuoteSpan broken = new QuoteSpan(text.indexOf("\", he"), text.indexOf("Today") - 1 + 1);
        List<QuoteSpan> mended = Quotations.mend(text, List.of(broken));
        assertEquals(List.of("We won\"", "\"Today, more came\""), texts(text, mended));
        QuoteSpan good = new QuoteSpan(text.indexOf("\"Today"), text.indexOf("\", she") + 1);
        assertEquals(List.of("We won\"", "\"Today, more came\""), texts(text, Quotations.mend(text, List.of(good))));
        String single = "He said \u2018no\u2019 twice.";
        QuoteSpan s = new QuoteSpan(8, 12);
        assertEquals(List.of(s), Quotations.mend(single, List.of(s)));
    }
}
