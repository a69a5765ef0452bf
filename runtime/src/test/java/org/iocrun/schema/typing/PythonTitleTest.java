package org.iocrun.schema.typing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Field titles follow Python's {@code name.title().replace("_", " ")} (values as Python 3.13 prints them). */
class PythonTitleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "controllerName, Controllername",
            "CS_NUM, Cs Num",
            "wave0_addr, Wave0 Addr",
            "is_cs, Is Cs",
            "entity_models, Entity Models",
            "P, P",
            "ADDR, Addr",
            "wave0addr, Wave0Addr",
            "x2y, X2Y",
            "_private, ' Private'",
            "noAuto_connect, Noauto Connect",
            "ümlaut_x, Ümlaut X",
    })
    void titlesAsPython(String name, String title) {
        assertEquals(title, PythonTitle.of(name));
    }
}
