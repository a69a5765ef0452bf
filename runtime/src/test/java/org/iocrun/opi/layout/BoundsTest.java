package org.iocrun.opi.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void splitLeftLeavesTheRestAfterSpacing() {
        assertEquals(List.of(new Bounds(0, 7, 200, 20), new Bounds(205, 7, 205, 20)),
                new Bounds(0, 7, 410, 20).splitLeft(200, 5));
    }

    @Test
    void splitLeftRefusesToTakeEverything() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds(0, 0, 205, 20).splitLeft(200, 5));
    }

    /** A demand/readback pair in the 205-pixel widget area: two 100-pixel halves 5 apart. */
    @Test
    void splitIntoTwoHalves() {
        assertEquals(List.of(new Bounds(205, 0, 100, 20), new Bounds(310, 0, 100, 20)),
                new Bounds(205, 0, 205, 20).splitInto(2, 5));
    }

    /** Widths truncate, so three columns of a 308-pixel row are 99 wide and the row ends short of its width. */
    @Test
    void splitIntoTruncatesWidths() {
        assertEquals(List.of(new Bounds(102, 0, 99, 20), new Bounds(206, 0, 99, 20), new Bounds(310, 0, 99, 20)),
                new Bounds(102, 0, 308, 20).splitInto(3, 5));
    }

    @Test
    void splitIntoRowsStacksEqualHeights() {
        assertEquals(List.of(new Bounds(102, 50, 99, 20), new Bounds(102, 75, 99, 20)),
                new Bounds(102, 50, 99, 45).splitIntoRows(2, 5));
    }

    /** An LED in a 100x20 slot: a 20-pixel square centred horizontally. */
    @Test
    void squareIsCentred() {
        assertEquals(new Bounds(350, 0, 20, 20), new Bounds(310, 0, 100, 20).square());
        assertEquals(new Bounds(297, 0, 20, 20), new Bounds(205, 0, 205, 20).square());
    }
}
