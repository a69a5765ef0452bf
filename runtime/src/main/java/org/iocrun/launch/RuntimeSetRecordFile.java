package org.iocrun.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link RuntimeSetRecord} as a file of the runtime set: one line per fact, fields separated by spaces and
 * percent-escaped, a format line first and an {@code end} line last (a record cut short is not a record). Any
 * file that does not read back whole, of another format or damaged, is no record: the start generates, it never
 * fails on it.
 */
public final class RuntimeSetRecordFile {

    /** The record's name in the runtime set (hidden: the IOC and the users have no business with it). */
    public static final String NAME = ".iocrun-runtime-set";
    static final String FORMAT = "iocrun-runtime-set 1";

    private RuntimeSetRecordFile() {
    }

    /** The record of the set the runtime folder shows now; empty when there is none or it does not read back. */
    public static Optional<RuntimeSetRecord> read(Path runtimeDir) {
        String text;
        try {
            text = Files.readString(runtimeDir.resolve(NAME), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException | java.io.UncheckedIOException missingOrDamaged) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(text));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** Whether the runtime folder has a record file at all (a damaged one included). */
    public static boolean present(Path runtimeDir) {
        return Files.exists(runtimeDir.resolve(NAME));
    }

    public static String encode(RuntimeSetRecord r) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        line(out, "build", r.build());
        line(out, "generated", String.valueOf(r.generatedAt().toEpochMilli()), r.generatedBy());
        r.options().forEach((k, v) -> line(out, "option", k, v));
        r.environment().forEach((k, v) -> {
            if (v.isPresent()) {
                line(out, "env", k, v.get());
            } else {
                line(out, "env-missing", k);
            }
        });
        r.files().forEach((p, s) -> {
            if (s.isPresent()) {
                state(out, "file", p.toString(), s.get());
            } else {
                line(out, "file-missing", p.toString());
            }
        });
        r.folders().forEach((p, listing) -> line(out, "folder", p.toString(), listing));
        r.runtime().forEach((name, s) -> state(out, "runtime", name, s));
        r.opi().forEach((name, s) -> state(out, "opi", name, s));
        r.autosaveLinks().forEach((name, target) -> line(out, "autosave-link", name, target.toString()));
        for (WaitTarget w : r.waits()) {
            line(out, "wait", w.device(), w.host(), String.valueOf(w.port()), String.valueOf(w.timeoutSeconds()));
        }
        return out.append("end\n").toString();
    }

    static RuntimeSetRecord decode(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 2 || !lines.getFirst().equals(FORMAT) || !lines.getLast().equals("end")) {
            throw new IllegalArgumentException("not a whole record");
        }
        String build = null;
        Instant at = null;
        String by = null;
        SortedMap<String, String> options = new TreeMap<>();
        SortedMap<String, Optional<String>> environment = new TreeMap<>();
        SortedMap<Path, Optional<FileState>> files = new TreeMap<>();
        SortedMap<Path, String> folders = new TreeMap<>();
        SortedMap<String, FileState> runtime = new TreeMap<>();
        SortedMap<String, FileState> opi = new TreeMap<>();
        SortedMap<String, Path> autosaveLinks = new TreeMap<>();
        List<WaitTarget> waits = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] f = fields(line);
            switch (f[0]) {
                case "build" -> build = exactly(f, 2)[1];
                case "generated" -> {
                    at = Instant.ofEpochMilli(Long.parseLong(exactly(f, 3)[1]));
                    by = f[2];
                }
                case "option" -> options.put(exactly(f, 3)[1], f[2]);
                case "env" -> environment.put(exactly(f, 3)[1], Optional.of(f[2]));
                case "env-missing" -> environment.put(exactly(f, 2)[1], Optional.empty());
                case "file" -> files.put(Path.of(exactly(f, 5)[1]), Optional.of(state(f)));
                case "file-missing" -> files.put(Path.of(exactly(f, 2)[1]), Optional.empty());
                case "folder" -> folders.put(Path.of(exactly(f, 3)[1]), f[2]);
                case "runtime" -> runtime.put(exactly(f, 5)[1], state(f));
                case "opi" -> opi.put(exactly(f, 5)[1], state(f));
                case "autosave-link" -> autosaveLinks.put(exactly(f, 3)[1], Path.of(f[2]));
                case "wait" -> waits.add(new WaitTarget(exactly(f, 5)[1], f[2], Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
                default -> throw new IllegalArgumentException("unknown line " + f[0]);
            }
        }
        if (build == null || at == null) {
            throw new IllegalArgumentException("no build or time");
        }
        return new RuntimeSetRecord(build, at, by, options, environment, files, folders, runtime, opi, autosaveLinks,
                waits);
    }

    private static void state(StringBuilder out, String kind, String name, FileState s) {
        line(out, kind, name, String.valueOf(s.size()), String.valueOf(s.modifiedMillis()), s.content());
    }

    private static FileState state(String[] f) {
        return new FileState(Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(escape(fields[i]));
        }
        out.append('\n');
    }

    private static String[] fields(String line) {
        String[] f = line.split(" ", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = unescape(f[i]);
        }
        return f;
    }

    private static String[] exactly(String[] f, int count) {
        if (f.length != count) {
            throw new IllegalArgumentException(f[0] + " needs " + count + " fields");
        }
        return f;
    }

    /** Percent-escapes what would break a line into fields or lines; an empty field is written as {@code %}. */
    static String escape(String s) {
        if (s.isEmpty()) {
            return "%";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0b
                    || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029) {
                b.append('%').append(String.format("%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.equals("%")) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
