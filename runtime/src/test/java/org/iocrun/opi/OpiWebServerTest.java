package org.iocrun.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iocrun.diagnostics.SourcePosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serves published OPI folders with nginx on loopback, laid out as the beamline's OPI server has them (one folder
 * per IOC at the root of the OPI volume, autoindex on), and fetches the screens over HTTP as Phoebus would.
 * Needs nginx (Debian package nginx-light, installed by scripts/ci-setup); skipped where it is missing.
 */
class OpiWebServerTest {

    private static final Path SAMPLE_DEFS = CorpusPviCase.shared().resolve("corpus/ibek-samples/epics/pvi-defs");
    private static final String IOC = "bl01t-ea-test-01";

    @TempDir
    Path work;

    private Process nginx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void servesIndexAndDeviceScreensAndTheSwapToANewSet() throws Exception {
        Path binary = nginxBinary().orElse(null);
        Assumptions.assumeTrue(binary != null, "nginx is not installed (apt-get install nginx-light)");
        Path volume = Files.createDirectories(work.resolve("opis"));
        Path iocOpi = volume.resolve(IOC);
        OpiOutputs first = new OpiGenerator(SAMPLE_DEFS, null).generate(IOC, List.of(new PviEntity(
                "simple.pvi.device.yaml", true, Map.of("P", "BL01T-EA-TST-01:"), true, "$(P)",
                SourcePosition.unknown(null))));
        publish(iocOpi, first.opiFiles());

        int port = freeLoopbackPort();
        start(binary, volume, port);
        String base = "http://127.0.0.1:" + port + "/";

        HttpResponse<String> index = get(base + IOC + "/index.bob");
        assertEquals(200, index.statusCode());
        assertEquals(first.opiFiles().get("index.bob"), index.body());
        HttpResponse<String> screen = get(base + IOC + "/simple.pvi.bob");
        assertEquals(200, screen.statusCode());
        assertEquals(first.opiFiles().get("simple.pvi.bob"), screen.body());
        assertEquals("display", CanonicalXml.parse(screen.body()).getTagName());
        assertTrue(get(base).body().contains("href=\"" + IOC + "/\""), "the volume root lists the IOC folder");
        String listing = get(base + IOC + "/").body();
        assertTrue(listing.contains("href=\"index.bob\"") && listing.contains("href=\"simple.pvi.bob\""), listing);

        // the IOC restarts with no devices: the served folder now holds just the new index
        OpiOutputs second = new OpiGenerator(SAMPLE_DEFS, null).generate(IOC, List.of());
        publish(iocOpi, second.opiFiles());
        assertEquals(second.opiFiles().get("index.bob"), get(base + IOC + "/index.bob").body());
        assertEquals(404, get(base + IOC + "/simple.pvi.bob").statusCode());
    }

    /** As the commands publish: a complete set switched in at once (links into a hidden set folder). */
    private static void publish(Path dir, Map<String, String> screens) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        screens.forEach((name, text) -> files.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.iocrun.launch.folders.OutputDirectory.replaceContents(dir, files);
    }

    private void start(Path binary, Path root, int port) throws Exception {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        // workers of a root master run as nobody, who cannot enter JUnit's private temp folders
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Path conf = Files.writeString(prefix.resolve("nginx.conf"), user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    types { text/xml bob; }
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        autoindex on;
                    }
                }
                """.formatted(prefix, port, root));
        nginx = new ProcessBuilder(binary.toString(), "-e", prefix.resolve("error.log").toString(),
                "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("console.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                fail("nginx exited with " + nginx.exitValue() + ": " + Files.readString(prefix.resolve("console.log"))
                        + readIfExists(prefix.resolve("error.log")));
            }
            try {
                get("http://127.0.0.1:" + port + "/");
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("nginx did not answer within 15 s: " + readIfExists(prefix.resolve("error.log")));
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String readIfExists(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freeLoopbackPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** nginx on the PATH, or in /usr/sbin where Debian puts it (not on a normal user's PATH). */
    private static Optional<Path> nginxBinary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "nginx")).filter(Files::isExecutable).findFirst();
    }
}
