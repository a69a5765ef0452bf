package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateFailure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja 3.1's {@code urlize} filter ({@code filters.do_urlize} over {@code utils.urlize}): the text is escaped and
 * split at whitespace; each word loses leading {@code (} and trailing {@code ) . ,} (kept outside the link unless
 * needed to balance the URL's own parentheses) and is linked when it is an http(s) URL, a {@code www.} or
 * well-known-TLD domain, an IP URL, a {@code mailto:} or bare e-mail address, or starts with an extra scheme.
 */
final class Urlize {

    /** Python's {@code \S} for str patterns: Java's Unicode non-space, and not the separators str.isspace() has. */
    private static final String NON_SPACE = "[^\\s\\x1c-\\x1f]";
    /** {@code utils._http_re}, re.IGNORECASE. */
    private static final Pattern HTTP = Pattern.compile("^(?:"
            + "(?:https?://|www\\.)(?:(?:[\\w%-]+\\.)+)?(?:[a-z]{2,63}|xn--[\\w%]{2,59})"
            + "|(?:[\\w%-]{2,63}\\.)+(?:com|net|int|edu|gov|org|info|mil)"
            + "|https?://(?:[\\d]{1,3}(?:\\.[\\d]{1,3}){3}|\\[(?:[\\da-f]{0,4}:){2}(?:[\\da-f]{0,4}:?){1,6}\\])"
            + ")(?::[\\d]{1,5})?(?:[/?#]" + NON_SPACE + "*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** {@code utils._email_re}. */
    private static final Pattern EMAIL = Pattern.compile("^" + NON_SPACE + "+@\\w[\\w.-]*\\.\\w+$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** {@code filters._uri_scheme_re}, which every extra scheme must match. */
    private static final Pattern SCHEME = Pattern.compile("^[\\w.+-]{2,}:/{0,2}$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HEAD = Pattern.compile("^(?:[(<]|&lt;)+");
    private static final Pattern TAIL = Pattern.compile("(?:[)>.,\\n]|&gt;)+$");
    private static final String[][] BRACKETS = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};

    private final Integer trimLimit;
    private final String relAttribute;
    private final String targetAttribute;
    private final List<String> extraSchemes;

    private Urlize(Integer trimLimit, String relAttribute, String targetAttribute, List<String> extraSchemes) {
        this.trimLimit = trimLimit;
        this.relAttribute = relAttribute;
        this.targetAttribute = targetAttribute;
        this.extraSchemes = extraSchemes;
    }

    /**
     * {@code do_urlize(value, trim_url_limit, nofollow, target, rel, extra_schemes)} with the default policies:
     * rel is the sorted set of the given words, {@code nofollow} and {@code noopener}.
     */
    static String filter(Object value, Args a) {
        Object[] p = a.bind("do_urlize", new String[] {"trim_url_limit", "nofollow", "target", "rel",
                "extra_schemes"}, new Object[] {null, false, null, null, null});
        TreeSet<String> rel = new TreeSet<>(PyCompare::compareCodePoints);
        rel.addAll(words(p[3] == null ? "" : PyText.str(p[3])));
        if (PyProtocols.truthy(p[1])) {
            rel.add("nofollow");
        }
        rel.add("noopener");
        List<String> schemes = new ArrayList<>();
        if (p[4] != null) {
            for (Object scheme : PyProtocols.toList(p[4])) {
                String text = PyText.str(scheme);
                if (!SCHEME.matcher(text).matches()) {
                    throw TemplateFailure.runtime(PyText.repr(scheme) + " is not a valid URI scheme prefix.");
                }
                schemes.add(text);
            }
        }
        Integer limit = p[0] == null ? null : PyNumbers.intIndex(p[0], "slice indices must be integers or None or"
                + " have an __index__ method");
        String target = p[2] != null && PyProtocols.truthy(p[2])
                ? " target=\"" + TextFilters.escape(PyText.str(p[2])) + "\"" : "";
        String relText = String.join(" ", rel);
        return new Urlize(limit, " rel=\"" + TextFilters.escape(relText) + "\"", target, schemes)
                .urlize(TextFilters.escape(PyText.str(value)));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String word : splitKeepingSpace(text)) {
            if (!PyStrings.isSpace(word.codePointAt(0))) {
                out.add(word);
            }
        }
        return out;
    }

    /** {@code re.split(r"(\s+)", text)}: words and the runs of whitespace between them, in order. */
    private static List<String> splitKeepingSpace(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inSpace = false;
        for (int c : PyStrings.codePoints(text)) {
            boolean space = PyStrings.isSpace(c);
            if (space != inSpace && !current.isEmpty()) {
                parts.add(current.toString());
                current.setLength(0);
            }
            inSpace = space;
            current.appendCodePoint(c);
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private String urlize(String escaped) {
        StringBuilder out = new StringBuilder();
        for (String word : splitKeepingSpace(escaped)) {
            out.append(PyStrings.isSpace(word.codePointAt(0)) ? word : linkWord(word));
        }
        return out.toString();
    }

    private String linkWord(String word) {
        String head = "";
        String middle = word;
        String tail = "";
        Matcher lead = HEAD.matcher(middle);
        if (lead.find()) {
            head = lead.group();
            middle = middle.substring(lead.end());
        }
        Matcher trail = TAIL.matcher(middle);
        if (trail.find()) {
            tail = trail.group();
            middle = middle.substring(0, trail.start());
        }
        // prefer balancing the URL's own brackets over leaving a closing one in the tail
        for (String[] pair : BRACKETS) {
            int starts = count(middle, pair[0]);
            if (starts <= count(middle, pair[1])) {
                continue;
            }
            int moves = Math.min(starts, count(tail, pair[1]));
            for (int i = 0; i < moves; i++) {
                int end = tail.indexOf(pair[1]) + pair[1].length();
                middle += tail.substring(0, end);
                tail = tail.substring(end);
            }
        }
        return head + link(middle) + tail;
    }

    private String link(String middle) {
        if (HTTP.matcher(middle).find()) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            return "<a href=\"" + href + "\"" + relAttribute + targetAttribute + ">" + trim(middle) + "</a>";
        }
        if (middle.startsWith("mailto:") && EMAIL.matcher(middle.substring(7)).find()) {
            return "<a href=\"" + middle + "\">" + middle.substring(7) + "</a>";
        }
        if (middle.contains("@") && !middle.startsWith("www.") && !middle.startsWith("@") && !middle.contains(":")
                && EMAIL.matcher(middle).find()) {
            return "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
        }
        for (String scheme : extraSchemes) {
            // as Jinja does, a later scheme is tested against the link an earlier one made
            if (!middle.equals(scheme) && middle.startsWith(scheme)) {
                middle = "<a href=\"" + middle + "\"" + relAttribute + targetAttribute + ">" + middle + "</a>";
            }
        }
        return middle;
    }

    /** {@code x[:trim_url_limit] + "..."} when longer than the limit (Python slicing, so negative limits too). */
    private String trim(String url) {
        int length = PyStrings.length(url);
        if (trimLimit == null || length <= trimLimit) {
            return url;
        }
        int end = trimLimit >= 0 ? trimLimit : Math.max(0, length + trimLimit);
        return url.substring(0, PyStrings.offset(url, end)) + "...";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
