package org.iocrun.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" candidates: the names nearest to a misspelling by edit distance, case-insensitively. */
public final class Suggestions {

    private Suggestions() {
    }

    public static List<String> closest(String wrong, Iterable<String> candidates, int limit) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, w.length() / 3);
        record Scored(String name, int distance) {
        }
        java.util.ArrayList<Scored> scored = new java.util.ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = distance(w, lc);
            // a suffix match catches "NDPvxsPlugin" for "ADCore.NDPvxsPlugin" and module-less names
            if (d <= threshold || lc.endsWith("." + w) || (w.contains(".") && lc.endsWith(w.substring(w.indexOf('.'))))) {
                scored.add(new Scored(c, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** "did you mean a, b or c?" or empty text when there is nothing close. */
    public static String didYouMean(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "did you mean " + names.getFirst() + "?";
        }
        return "did you mean " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast() + "?";
    }

    /** Levenshtein distance with the two-row table. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
