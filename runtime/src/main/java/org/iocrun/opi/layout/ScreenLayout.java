package org.iocrun.opi.layout;

/**
 * The DLS formatter's sizes for {@code .bob} screens (pvi {@code DLSFormatter.format_bob}).
 *
 * @param groupLabelHeight   height taken by a group box's title
 * @param groupWidgetIndent  how far top-level widgets are indented to line up with widgets inside group boxes
 * @param groupWidthOffset   extra width added to every group box
 * @param minWidgetWidth     narrowest column a Row is squeezed to; a row that would need narrower columns gets
 *                           full-width ones instead (inferred from pvi's screens: 3 columns squeeze, 14 do not)
 */
public record ScreenLayout(int spacing, int titleHeight, int maxHeight, int groupLabelHeight, int labelWidth,
                           int widgetWidth, int widgetHeight, int groupWidgetIndent, int groupWidthOffset,
                           int minWidgetWidth) {

    public static final ScreenLayout DLS = new ScreenLayout(5, 25, 900, 26, 200, 200, 20, 18, 26, 50);

    /** Width of one labelled line: label, widget and the spacing around them. */
    public int fullWidth() {
        return labelWidth + widgetWidth + 2 * spacing;
    }
}
