package org.iocrun.templating.python;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** repr() of floats whose shortest form may be one digit where Java prints two (CPython 3.12 results). */
class FloatReprTest {

    @ParameterizedTest
    @CsvSource({
            "1.5, 1.5",
            "0.3, 0.3",
            "9.5, 9.5",
            "4.35, 4.35",
            "2e-05, 2e-05",
            "1e-07, 1e-07",
            "2e16, 2e+16",
            "1e22, 1e+22",
            "1e23, 1e+23",
            "4.9e-324, 5e-324",
            "1e-323, 1e-323",
            "1.7976931348623157e308, 1.7976931348623157e+308",
    })
    void matchesPython(double value, String python) {
        assertEquals(python, FloatText.repr(value));
    }
}
