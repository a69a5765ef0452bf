package org.iocrun.opi.layout;

import java.util.List;

/** A device's main screen and the screens its buttons open, each with its base file name (no extension). */
public record ScreenSet(Screen main, List<NamedScreen> subScreens) {
    public ScreenSet {
        subScreens = List.copyOf(subScreens);
    }

    public record NamedScreen(String baseName, Screen screen) {
    }
}
