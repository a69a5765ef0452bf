package org.iocrun.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record file reads back what was written, whatever the values hold, and anything else reads as no record. */
class RuntimeSetRecordFileTest {

    @TempDir
    Path runtime;

    static RuntimeSetRecord record() {
        // values with every character the line format uses: spaces, percent signs, line breaks, tabs, empty
        return new RuntimeSetRecord("123-456", Instant.ofEpochMilli(1_765_000_000_123L), "iocrun start on pod 1",
                new TreeMap<>(Map.of("config", "/epics/ioc/config", "empty", "")),
                new TreeMap<>(Map.of("A", Optional.of("x y%z\nw\r\tq"), "MISSING", Optional.empty(), "EMPTY", Optional.of(""))),
                new TreeMap<>(Map.of(Path.of("/a b/ioc.yaml"), Optional.of(new FileState(10, -1, "c1-c2-a")),
                        Path.of("/gone.req"), Optional.empty())),
                new TreeMap<>(Map.of(Path.of("/epics/ibek-defs"), "absent")),
                new TreeMap<>(Map.of("st.cmd", new FileState(5, 1_765_000_000_000L, "d-e-5"), "protocol/x.proto",
                        new FileState(0, 1, "0-0-0"))),
                new TreeMap<>(Map.of("index.bob", new FileState(7, 2, "f-g-7"))),
                new TreeMap<>(Map.of("x_settings.req", Path.of("/epics/support/x/db/x_settings.req"))),
                List.of(new WaitTarget("dev ice", "127.0.0.1", 1025, 3)));
    }

    @Test
    void readsBackWhatWasWritten() throws Exception {
        Files.writeString(runtime.resolve(RuntimeSetRecordFile.NAME), RuntimeSetRecordFile.encode(record()));
        assertEquals(Optional.of(record()), RuntimeSetRecordFile.read(runtime));
    }

    @Test
    void anythingElseIsNoRecord() throws Exception {
        String whole = RuntimeSetRecordFile.encode(record());
        List<String> damaged = List.of("", "garbage", whole.replace("iocrun-runtime-set 1", "iocrun-runtime-set 2"),
                whole.substring(0, whole.length() - 4), whole.replace("\nbuild ", "\nbuilt "),
                whole.replace("wait dev%0020ice 127.0.0.1 1025 3", "wait dev 127.0.0.1 x 3"),
                whole.replace("env-missing MISSING", "env-missing"), "\u0000\u00ff binary");
        for (String text : damaged) {
            Files.writeString(runtime.resolve(RuntimeSetRecordFile.NAME), text);
            assertEquals(Optional.empty(), RuntimeSetRecordFile.read(runtime), text);
            assertTrue(RuntimeSetRecordFile.present(runtime));
        }
        Files.write(runtime.resolve(RuntimeSetRecordFile.NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertEquals(Optional.empty(), RuntimeSetRecordFile.read(runtime), "not UTF-8");
    }
}
