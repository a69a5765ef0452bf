package org.iocrun.opi.device;

import java.util.List;
import java.util.Map;

/** How a demand PV is controlled. */
public sealed interface WriteWidget extends Widget {

    record TextWrite(int lines, TextFormat format) implements WriteWidget {
    }

    record CheckBox() implements WriteWidget {
    }

    record ToggleButton() implements WriteWidget {
    }

    /** @param choices fixed choices, or empty to take them from the PV */
    record ComboBox(List<String> choices) implements WriteWidget {
        public ComboBox {
            choices = List.copyOf(choices);
        }
    }

    /** One button per action: label to value written. */
    record ButtonPanel(Map<String, String> actions) implements WriteWidget {
        public ButtonPanel {
            actions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actions));
        }
    }

    record ArrayWrite(WriteWidget widget) implements WriteWidget {
    }

    record TableWrite(List<WriteWidget> widgets) implements WriteWidget {
        public TableWrite {
            widgets = List.copyOf(widgets);
        }
    }
}
