package org.dateline.readers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a place printed in capitals ("RIO DE JANEIRO") into ordinary case ("Rio de Janeiro"). */
final class PlaceNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");

    private final Set<String> particles;

    PlaceNames(Set<String> particles) {
        this.particles = Set.copyOf(particles);
    }

    /**
     * The place in ordinary case. A name already in mixed case is kept as printed; a name in capitals or in
     * lower case gets a capital at the start of each word, except for particles after the first word and for
     * initials ("U.S.").
     */
    String ordinaryCase(String printed) {
        if (!printed.equals(printed.toUpperCase(Locale.ROOT)) && !printed.equals(printed.toLowerCase(Locale.ROOT))) {
            return printed;
        }
        StringBuilder out = new StringBuilder(printed.length());
        String[] words = printed.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (INITIALS.matcher(word).matches()) {
                out.append(word.toUpperCase(Locale.ROOT));
            } else if (i > 0 && particles.contains(lower)) {
                out.append(lower);
            } else {
                out.append(capitalizeParts(lower));
            }
        }
        return out.toString();
    }

    /**
     * Capitalises the letter runs of a word that start it, follow a hyphen or slash, or follow a one-letter
     * prefix: "winston-salem" to "Winston-Salem", "dallas/fort" to "Dallas/Fort", "n'djamena" to "N'Djamena",
     * but "andrew's" to "Andrew's".
     */
    private static String capitalizeParts(String lower) {
        StringBuilder out = new StringBuilder(lower);
        Matcher run = WORD.matcher(lower);
        while (run.find()) {
            int start = run.start();
            boolean capital = start == 0 || start == 2 || "-/".indexOf(lower.charAt(start - 1)) >= 0;
            if (capital) {
                out.setCharAt(start, Character.toUpperCase(lower.charAt(start)));
            }
        }
        return out.toString();
    }
}
