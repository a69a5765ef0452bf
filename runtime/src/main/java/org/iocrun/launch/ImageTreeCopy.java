package org.iocrun.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A developer's copy of an image's /epics tree (say {@code podman cp ioc:/epics ./gioc}, or a support tree checked
 * out at the image's version): its RELEASE.shell still names the image's paths ({@code IOCSTATS="/epics/support/
 * iocStats"}), which do not exist on the developer's machine. For finding and expanding database templates a render
 * reads those exports rebased onto the copy's EPICS_ROOT, so {@code $(IOCSTATS)/db/iocAdminSoft.db} is found in the
 * copy. The generated files keep the image's values: st.cmd is what the container writes.
 */
final class ImageTreeCopy {

    /** Where a Generic IOC image has its tree, and what RELEASE.shell's paths start with. */
    static final Path IMAGE_ROOT = Path.of("/epics");

    private ImageTreeCopy() {
    }

    /**
     * {@code iocEnv} with each of {@code releaseExports} that names a path under the image's root moved under
     * {@code localRoot}; unchanged when the tree is where the image has it.
     */
    static Map<String, String> rebased(Map<String, String> iocEnv, Map<String, String> releaseExports, Path localRoot) {
        Path local = localRoot.toAbsolutePath().normalize();
        if (local.equals(IMAGE_ROOT)) {
            return iocEnv;
        }
        Map<String, String> env = new LinkedHashMap<>(iocEnv);
        releaseExports.forEach((name, value) -> {
            if (value.equals(iocEnv.get(name))) {
                env.put(name, rebase(value, local));
            }
        });
        return env;
    }

    /** Each colon-separated path under the image's root moved under {@code local} (EPICS_DB_INCLUDE_PATH has several). */
    private static String rebase(String value, Path local) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(":", -1)) {
            Path path = Path.of(part).normalize();
            parts.add(path.isAbsolute() && path.startsWith(IMAGE_ROOT) ? local.resolve(IMAGE_ROOT.relativize(path)).toString() : part);
        }
        return String.join(":", parts);
    }
}
