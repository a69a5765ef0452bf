package org.iocrun.outputs.opi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
import org.iocrun.loading.CacheFolder;
import org.iocrun.outputs.opi.device.DeviceLibrary;
import org.iocrun.outputs.opi.device.DeviceLibrary.Probe;

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

    /** The cache the environment asks for (see {@link CacheFolder#fromEnvironment}), in its {@code pvi} folder. */
    public static Optional<PreparedDeviceCache> fromEnvironment(Map<String, String> env) {
        return CacheFolder.fromEnvironment(env, "pvi").map(PreparedDeviceCache::new);
    }

    /** The stored device for a file with this content and name, if every probe it depends on still holds. */
    public Optional<PreparedDevice> lookup(byte[] deviceFile, String deviceName, List<Path> searchPath) {
        Optional<byte[]> body = folder.read(entry(deviceFile, deviceName), header(deviceName, searchPath));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body.get()))) {
            int probes = in.readInt();
            for (int i = 0; i < probes; i++) {
                Probe probe = new Probe(in.readInt(), readString(in), in.readBoolean());
                String content = probe.found() ? readString(in) : null;
                if (!holds(probe, content, searchPath)) {
                    return Optional.empty();
                }
            }
            String label = readString(in);
            List<PviTemplate.PviRecord> records = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                records.add(new PviTemplate.PviRecord(readString(in), readString(in), readString(in)));
            }
            Map<String, String> screens = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                screens.put(readString(in), readString(in));
            }
            return in.read() == -1 ? Optional.of(new PreparedDevice(label, records, screens)) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
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

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
