package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;

/**
 * Mends the tagger's quotations where the marks are irregular, reading double quotation marks by their direction
 * paragraph by paragraph: a quotation left open at the end of a paragraph whose next paragraph opens with a mark
 * runs to the paragraph's end (the convention for a quote that goes on); a closing mark with no opening mark before
 * it in its paragraph closes a quotation that starts the paragraph (a mark lost in copy). A quotation of the tagger
 * that crosses a paragraph break, or that opens with a closing mark or closes with an opening one, gives way to the
 * marks' own reading; quotations the marks' reading finds where the tagger found none are added. Stateless.
 */
public final class Quotations {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r\\u00A0]*\\n");

    private Quotations() {
    }

    /** The parse with mended quotations (the same parse when nothing changes). */
    public static ParsedText mend(ParsedText p) {
        List<QuoteSpan> mended = mend(p.text(), p.quotes());
        if (mended.equals(p.quotes())) {
            return p;
        }
        return new ParsedText(p.text(), p.documentDate(), p.tokens(), p.sentences(), p.dependencies(), p.mentions(),
                p.timexes(), mended);
    }

    static List<QuoteSpan> mend(String text, List<QuoteSpan> tagger) {
        List<QuoteSpan> marks = scan(text);
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : tagger) {
            boolean broken = crossesParagraph(text, q) || isClosing(text, q.start()) || isOpening(text, q.end() - 1);
            boolean replaced = broken && marks.stream().anyMatch(m -> overlaps(m, q));
            if (!replaced) {
                out.add(q);
            }
        }
        for (QuoteSpan m : marks) {
            if (out.stream().noneMatch(q -> overlaps(q, m))) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(QuoteSpan::start));
        return List.copyOf(out);
    }

    /** The double-mark quotations of a text by the marks' direction, paragraph by paragraph. */
    static List<QuoteSpan> scan(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            paragraphs.add(new int[] {start, m.start()});
            start = m.end();
        }
        paragraphs.add(new int[] {start, text.length()});
        List<QuoteSpan> out = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            int a = paragraphs.get(k)[0];
            int b = paragraphs.get(k)[1];
            int open = -1;
            boolean anyMark = false;
            for (int i = a; i < b; i++) {
                int width = markWidth(text, i);
                if (width == 0) {
                    continue;
                }
                boolean opening = isOpening(text, i);
                boolean closing = isClosing(text, i);
                if (opening && !closing || opening && open < 0) {
                    open = i;
                } else if (closing) {
                    if (open >= 0) {
                        out.add(new QuoteSpan(open, i + width));
                    } else if (!anyMark) {
                        int first = a;
                        while (first < i && Character.isWhitespace(text.charAt(first))) {
                            first++;
                        }
                        if (first < i) {
                            out.add(new QuoteSpan(first, i + width));
                        }
                    }
                    open = -1;
                }
                anyMark = true;
                i += width - 1;
            }
            if (open >= 0 && k + 1 < paragraphs.size() && opensWithMark(text, paragraphs.get(k + 1)[0])) {
                int end = b;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                out.add(new QuoteSpan(open, end));
            }
        }
        return out;
    }

    private static boolean opensWithMark(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && markWidth(text, i) > 0 && isOpening(text, i);
    }

    /** The length of the double quotation mark at i (two for '' and ``), or 0. */
    private static int markWidth(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
            return 1;
        }
        return (c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c ? 2 : 0;
    }

    /** Whether the mark at i opens: a curly or angled opening mark, or a straight one before a word. */
    static boolean isOpening(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '`' && markWidth(text, i) == 2) {
            return true;
        }
        int width = markWidth(text, i);
        if (c != '"' && !(c == '\'' && width == 2)) {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/:".indexOf(
                text.charAt(i - 1)) >= 0;
        boolean after = i + width < text.length() && !Character.isWhitespace(text.charAt(i + width));
        return before && after;
    }

    /** Whether the mark at i closes: a curly or angled closing mark, or a straight one after a word. */
    static boolean isClosing(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\u201D' || c == '\u00BB') {
            return true;
        }
        int width = markWidth(text, i);
        if (c != '"' && !(c == '\'' && width == 2)) {
            return false;
        }
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + width >= text.length() || Character.isWhitespace(text.charAt(i + width))
                || ",.;:!?)]}\u2014\u2013-".indexOf(text.charAt(i + width)) >= 0;
        return before && after;
    }

    private static boolean crossesParagraph(String text, QuoteSpan q) {
        return PARAGRAPH_BREAK.matcher(text.substring(q.start(), Math.min(text.length(), q.end()))).find();
    }

    private static boolean overlaps(QuoteSpan a, QuoteSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
