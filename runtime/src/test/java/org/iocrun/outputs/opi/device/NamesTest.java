package org.iocrun.outputs.opi.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
