package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyDicts;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyRange;
import org.iocrun.templating.python.TextLimits;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateFailure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Jinja's default global functions: {@code range}, {@code dict}, {@code namespace}, {@code cycler}, ... */
public final class Globals {

    /** The global names, lowest in name resolution: context and {@code {% set %}} shadow them. */
    public static final Map<String, Object> NAMES = Map.of(
            "range", (PyCallable) (args, ctx) -> range(args),
            "dict", (PyCallable) (args, ctx) -> dict(args),
            "namespace", (PyCallable) (args, ctx) -> new Namespace(stringKeys(dict(args))),
            "cycler", (PyCallable) (args, ctx) -> cycler(args),
            "joiner", (PyCallable) (args, ctx) -> new Joiner(PyText.str(
                    args.bind("joiner", new String[] {"sep"}, new Object[] {", "})[0])),
            "lipsum", (PyCallable) (args, ctx) -> Lipsum.generate(args));

    private Globals() {
    }

    /** Python's {@code range()}: ints only, step must not be zero. */
    static PyRange range(Args args) {
        if (args.hasKeywords()) {
            throw TemplateFailure.type("range() takes no keyword arguments");
        }
        int n = args.size();
        if (n == 0) {
            throw TemplateFailure.type("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw TemplateFailure.type("range expected at most 3 arguments, got " + n);
        }
        String purpose = "'%s' object cannot be interpreted as an integer";
        long first = PyNumbers.index(args.get(0), purpose);
        if (n == 1) {
            return checked(new PyRange(0, first, 1));
        }
        long stop = PyNumbers.index(args.get(1), purpose);
        long step = n == 3 ? PyNumbers.index(args.get(2), purpose) : 1;
        if (step == 0) {
            throw TemplateFailure.value("range() arg 3 must not be zero");
        }
        return checked(new PyRange(first, stop, step));
    }

    private static PyRange checked(PyRange range) {
        TextLimits.checkRange(range.length());
        return range;
    }

    /** Python's {@code dict(mapping_or_pairs, **kwargs)}. */
    static Map<Object, Object> dict(Args args) {
        if (args.size() > 1) {
            throw TemplateFailure.type("dict expected at most 1 argument, got " + args.size());
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        if (args.size() == 1) {
            PyDicts.update(out, args.get(0));
        }
        out.putAll(args.keywords());
        return out;
    }

    private static Map<String, Object> stringKeys(Map<Object, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(PyText.str(k), v));
        return out;
    }

    private static Cycler cycler(Args args) {
        if (args.size() == 0) {
            throw TemplateFailure.runtime("at least one item has to be provided");
        }
        return new Cycler(args.positional());
    }

    /** Jinja's {@code lipsum()}: random lorem ipsum paragraphs. */
    static final class Lipsum {
        private static final String[] WORDS = ("a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu"
                + " at auctor augue bibendum blandit class commodo condimentum congue consectetuer consequat conubia"
                + " convallis cras cubilia cum curabitur curae cursus dapibus diam dictum dictumst dignissim dis dolor"
                + " donec dui duis egestas eget eleifend elementum elit enim erat eros est et etiam eu euismod facilisi"
                + " facilisis fames faucibus felis fermentum feugiat fringilla fusce gravida habitant habitasse hac"
                + " hendrerit hymenaeos iaculis id imperdiet in inceptos integer interdum ipsum justo lacinia lacus"
                + " laoreet lectus leo libero ligula litora lobortis lorem luctus maecenas magna magnis malesuada massa"
                + " mattis mauris metus mi molestie mollis montes morbi mus nam nascetur natoque nec neque netus nibh"
                + " nisi nisl non nonummy nostra nulla nullam nunc odio orci ornare parturient pede pellentesque"
                + " penatibus per pharetra phasellus placerat platea porta porttitor posuere potenti praesent pretium"
                + " primis proin pulvinar purus quam quis quisque rhoncus ridiculus risus rutrum sagittis sapien"
                + " scelerisque sed sem semper senectus sit sociis sociosqu sodales sollicitudin suscipit suspendisse"
                + " taciti tellus tempor tempus tincidunt torquent tortor tristique turpis ullamcorper ultrices"
                + " ultricies urna ut varius vehicula vel velit venenatis vestibulum vitae vivamus viverra volutpat"
                + " vulputate").split(" ");

        private Lipsum() {
        }

        static String generate(Args args) {
            Object[] v = args.bind("generate_lorem_ipsum", new String[] {"n", "html", "min", "max"},
                    new Object[] {5L, true, 20L, 100L});
            int n = (int) PyNumbers.index(v[0], "%s");
            boolean html = org.iocrun.templating.python.PyProtocols.truthy(v[1]);
            int min = (int) PyNumbers.index(v[2], "%s");
            int max = (int) PyNumbers.index(v[3], "%s");
            Random random = new Random();
            StringBuilder out = new StringBuilder();
            for (int p = 0; p < n; p++) {
                int words = min + random.nextInt(Math.max(1, max - min + 1));
                StringBuilder paragraph = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    paragraph.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
                }
                paragraph.append('.');
                if (out.length() > 0) {
                    out.append(html ? "\n" : "\n\n");
                }
                out.append(html ? "<p>" + paragraph + "</p>" : paragraph);
            }
            return out.toString();
        }
    }
}
