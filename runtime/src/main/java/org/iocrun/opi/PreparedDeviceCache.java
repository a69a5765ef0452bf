package org.iocrun.opi;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.iocrun.opi.device.DeviceLibrary;
import org.iocrun.opi.device.DeviceLibrary.Probe;
import org.iocrun.yaml.CacheFolder;

/**
 * Prepared pvi devices (label, template records, rendered screens) kept on disk, so that the device files baked
 * into a Generic IOC image are drawn once, not at every start: drawing the camera case's 60 screens was a fifth of
 * a cold start, reading them back a small part of that.
 *
 * <p>An entry is found by the device file's content and name. It lists every probe of the search path the
 * device's resolution took (includes and parents, in the config folder and pvi-defs) with the content of each
 * file found; it is used only when every probe finds the same now, and that file has the same content. So a
 * changed include, or a new same-named file in the config folder that would now win, is a miss, whatever the
 * folders are called (an image's training run and its containers see them under different paths).
 */
public final class PreparedDeviceCache {

    /** Bumped when the encoded form changes. */
    private static final String FORMAT = "iocrun-pvi-device 1";

    private final CacheFolder folder;

    public PreparedDeviceCache(CacheFolder folder) {
        this.folder = folder;
    }

    /** The prepared-device cache in {@code cache}'s {@code pvi} folder. */
    public static PreparedDeviceCache in(CacheFolder cache) {
        return new PreparedDeviceCache(cache.kind("pvi"));
    }

    /** The stored device for a file with this content and name, if every probe it depends on still holds. */
    public Optional<PreparedDevice> lookup(byte[] deviceFile, String deviceName, List<Path> searchPath) {
        byte[] header = header(deviceName, searchPath);
        Optional<byte[]> entry = folder.read(entry(deviceFile, deviceName), header);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            EntryReader in = new EntryReader(entry.get(), header.length);
            for (int probes = in.readInt(); probes > 0; probes--) {
                Probe probe = new Probe(in.readInt(), in.readString(), in.readBoolean());
                String content = probe.found() ? in.readString() : null;
                if (!holds(probe, content, searchPath)) {
                    return Optional.empty();
                }
            }
            String label = in.readString();
            List<PviTemplate.PviRecord> records = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                records.add(new PviTemplate.PviRecord(in.readString(), in.readString(), in.readString()));
            }
            Map<String, String> screens = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                screens.put(in.readString(), in.readString());
            }
            return in.atEnd() ? Optional.of(new PreparedDevice(label, records, screens)) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Reads what {@link #store} wrote (DataOutputStream's big-endian ints, length-prefixed UTF-8) straight from
     * the entry's bytes: a stream would copy each screen once more before decoding it.
     */
    private static final class EntryReader {
        private final byte[] bytes;
        private int at;

        EntryReader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int readInt() throws IOException {
            need(4);
            int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | bytes[at + 3] & 0xff;
            at += 4;
            return value;
        }

        boolean readBoolean() throws IOException {
            need(1);
            return bytes[at++] != 0;
        }

        String readString() throws IOException {
            int length = readInt();
            need(length);
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        boolean atEnd() {
            return at == bytes.length;
        }

        private void need(int count) throws IOException {
            if (count < 0 || count > bytes.length - at) {
                throw new IOException("damaged entry");
            }
        }
    }

    /** Stores {@code prepared}, made from a file with this content and name by a resolution that took {@code probes}. */
    public void store(byte[] deviceFile, String deviceName, List<Path> searchPath, List<Probe> probes,
                      PreparedDevice prepared) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(probes.size());
            for (Probe probe : probes) {
                out.writeInt(probe.dir());
                writeString(out, probe.fileName());
                out.writeBoolean(probe.found());
                if (probe.found()) {
                    writeString(out, CacheFolder.contentName(Files.readAllBytes(DeviceLibrary.candidate(searchPath, probe))));
                }
            }
            writeString(out, prepared.label());
            out.writeInt(prepared.records().size());
            for (PviTemplate.PviRecord r : prepared.records()) {
                writeString(out, r.name());
                writeString(out, r.pv());
                writeString(out, r.access());
            }
            out.writeInt(prepared.screens().size());
            for (Map.Entry<String, String> screen : prepared.screens().entrySet()) {
                writeString(out, screen.getKey());
                writeString(out, screen.getValue());
            }
        } catch (IOException | SecurityException unreadable) {
            // a file the resolution read is gone already: nothing worth storing
            return;
        }
        folder.write(entry(deviceFile, deviceName), header(deviceName, searchPath), bytes.toByteArray());
    }

    private static boolean holds(Probe probe, String content, List<Path> searchPath) throws IOException {
        if (!DeviceLibrary.findsTheSame(searchPath, probe)) {
            return false;
        }
        return !probe.found()
                || content.equals(CacheFolder.contentName(Files.readAllBytes(DeviceLibrary.candidate(searchPath, probe))));
    }

    private byte[] header(String deviceName, List<Path> searchPath) {
        return folder.header(FORMAT, "dirs=" + searchPath.size() + " device=" + deviceName);
    }

    /** Named by content and by device name: the same file copied under two names draws two differently named sets. */
    private static String entry(byte[] deviceFile, String deviceName) {
        CRC32 name = new CRC32();
        name.update(deviceName.getBytes(StandardCharsets.UTF_8));
        return CacheFolder.contentName(deviceFile) + "-" + Long.toHexString(name.getValue()) + ".device";
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
