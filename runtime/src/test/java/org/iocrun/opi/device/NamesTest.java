package org.iocrun.opi.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NamesTest {

    /** Names and the labels pvi drew for them in the corpus screens. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SimplePV, Simple PV",
        "PortName, Port Name",
        "ADCoreVersion, AD Core Version",
        "NDROIStat8, NDROI Stat 8",
        "ROISummary, ROI Summary",
        "TSCentroidTotal, TS Centroid Total",
        "XSine1Amplitude, X Sine 1 Amplitude",
        "NDAttributesFile, ND Attributes File",
        "EpicsTSSec, Epics TS Sec",
        "SDKVersion, SDK Version",
    })
    void titleCaseSplitsWordsLikePvi(String name, String label) {
        assertEquals(label, Names.titleCase(name));
    }

    /** pvi drops the first character unconditionally; a name not starting with a capital loses a letter. */
    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource({"simple, imple", "'', ''", "A, A", "aB, ' B'"})
    void titleCaseKeepsPvisQuirkForNamesWithoutLeadingCapital(String name, String label) {
        assertEquals(label, Names.titleCase(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"AcquireTime, true", "ROI1Use, true", "acquire, false", "Acquire_Time, false", "GC_Gev, false",
            "'', true"})
    void pascalCaseIsPvisNamePattern(String name, boolean valid) {
        assertEquals(valid, Names.isPascalCase(name));
    }

    /** pvi's PASCAL_CASE_REGEX and substitution, which titleCase implements by hand. */
    private static final Pattern PVI_WORD_START = Pattern.compile("(?<![A-Z])[A-Z]|[A-Z][a-z/d]|(?<=[a-z])\\d");

    private static String pviTitleCase(String name) {
        String spaced = PVI_WORD_START.matcher(name).replaceAll(m -> " " + m.group());
        return spaced.isEmpty() ? spaced : spaced.substring(1);
    }

    /** Tricky neighbours (capitals, digits, '/', 'd', non-ASCII) plus random strings over the characters that matter. */
    static Stream<String> names() {
        Random random = new Random(10);
        String alphabet = "AZaz09d/_ \u00c9\u00e9\u0661";
        Stream<String> fixed = Stream.of("A/B", "Ad", "AB/", "a1", "Z9", "/A", "1A", "AAa", "aA1b2C3", "\u00c9A", "a\u0661");
        Stream<String> randomNames = Stream.generate(() -> {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        }).limit(500);
        return Stream.concat(fixed, randomNames);
    }

    @ParameterizedTest
    @MethodSource("names")
    void titleCaseEqualsPvisRegex(String name) {
        assertEquals(pviTitleCase(name), Names.titleCase(name));
    }
}
