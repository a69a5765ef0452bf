package org.iocrun.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML timestamps as ruamel.yaml reads them: {@code 2024-01-01} is a date; a date with a time is a
 * naive date-time, moved to UTC when it has an offset (ruamel's {@code create_timestamp}).
 */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * The date or date-time the text denotes, or {@code null} when it does not have a timestamp's shape.
     *
     * @throws ScalarFormatException when it has the shape but is not a real date or time (2024-02-30)
     */
    static Temporal parse(String text) throws ScalarFormatException {
        if (isPlainDate(text)) {
            return date(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10), text);
        }
        if (text.length() < 14 || !AsciiDigits.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return null;
        }
        Matcher m = DateTimePattern.PATTERN.matcher(text);
        return m.matches() ? dateTime(m, text) : null;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, the only timestamp form without a time. */
    private static boolean isPlainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !AsciiDigits.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(int year, int month, int day, String text) throws ScalarFormatException {
        try {
            if (year < 1) {
                throw new DateTimeException("year 0 does not exist");
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(text);
        }
    }

    private static LocalDateTime dateTime(Matcher m, String text) throws ScalarFormatException {
        LocalDate day = date(group(m, 1), group(m, 2), group(m, 3), text);
        String fraction = m.group(7);
        int micros = 0;
        boolean carrySecond = false;
        if (fraction != null && !fraction.isEmpty()) {
            String six = (fraction + "00000").substring(0, 6);
            micros = Integer.parseInt(six);
            // ruamel rounds on the seventh digit and turns 999999.5 µs into the next second
            if (fraction.length() > 6 && fraction.charAt(6) > '4') {
                micros++;
            }
            if (micros > 999_999) {
                micros = 0;
                carrySecond = true;
            }
        }
        LocalDateTime time;
        try {
            time = day.atTime(group(m, 4), group(m, 5), group(m, 6), micros * 1000);
        } catch (DateTimeException e) {
            throw invalid(text);
        }
        if (carrySecond) {
            time = time.plusSeconds(1);
        }
        if (m.group(9) != null) {
            int minutes = group(m, 10) * 60 + (m.group(11) == null ? 0 : group(m, 11));
            time = time.minusMinutes(m.group(9).equals("-") ? -minutes : minutes);
        }
        return time;
    }

    private static int group(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ScalarFormatException invalid(String text) {
        return new ScalarFormatException("'" + text + "' has the form of a date but is not a valid date or time",
                "quote it if it is meant as a string");
    }

    /** Compiled on first use only: date-times are rare in IOC YAML and a start-up should not pay for it. */
    private static final class DateTimePattern {
        static final Pattern PATTERN = Pattern.compile(
                "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
                        + "(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?");
    }
}
