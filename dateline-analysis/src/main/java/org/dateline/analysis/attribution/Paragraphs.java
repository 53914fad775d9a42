package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraph boundaries of a text (blank lines), for finding which paragraph an offset lies in. */
final class Paragraphs {
    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\r]*\\n");
    private final int[] starts;

    Paragraphs(String text) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        Matcher m = BREAK.matcher(text);
        while (m.find()) {
            s.add(m.end());
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
