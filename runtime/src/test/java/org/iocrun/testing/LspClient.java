package org.iocrun.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal Language Server Protocol client over a server process's standard streams (JSON-RPC with
 * {@code Content-Length} framing), enough to drive an editor engine from tests: requests with responses,
 * notifications both ways, and answers to the server's own requests ({@code workspace/configuration} gets the
 * given settings for each section, anything else null).
 */
public final class LspClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final OutputStream toServer;
    private final Map<String, JsonNode> settingsBySection;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    private LspClient(Process process, Map<String, JsonNode> settingsBySection) {
        this.process = process;
        this.toServer = process.getOutputStream();
        this.settingsBySection = settingsBySection;
        Thread reader = new Thread(this::readMessages, "lsp-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server; its standard error is discarded (servers log there). */
    public static LspClient start(List<String> command, Map<String, JsonNode> settingsBySection) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new LspClient(process, settingsBySection);
    }

    public JsonNode request(String method, JsonNode params, Duration timeout) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        pending.put(id, response);
        send(message(method, params).put("id", id));
        JsonNode result = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (result.has("error")) {
            throw new IllegalStateException(method + " failed: " + result.get("error"));
        }
        return result.get("result");
    }

    public void notify(String method, JsonNode params) throws IOException {
        send(message(method, params));
    }

    /** The next notification from the server that matches, waiting at most {@code timeout}; null when none came. */
    public JsonNode awaitNotification(Predicate<JsonNode> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> skipped = new ArrayList<>();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode next = left <= 0 ? null : notifications.poll(left, TimeUnit.NANOSECONDS);
                if (next == null || matching.test(next)) {
                    return next;
                }
                skipped.add(next);
            }
        } finally {
            // others keep waiting for the ones this call passed over
            skipped.forEach(notifications::add);
        }
    }

    @Override
    public void close() {
        try {
            request("shutdown", null, Duration.ofSeconds(5));
            notify("exit", null);
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the server is killed below anyway
        } finally {
            process.destroyForcibly();
        }
    }

    private static ObjectNode message(String method, JsonNode params) {
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return message;
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void readMessages() {
        try (InputStream in = process.getInputStream()) {
            while (true) {
                int length = contentLength(in);
                if (length < 0) {
                    return;
                }
                dispatch(JSON.readTree(in.readNBytes(length)));
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Reads the header block; the body's length, or -1 at the end of the stream. */
    private static int contentLength(InputStream in) throws IOException {
        int length = -1;
        while (true) {
            String line = headerLine(in);
            if (line == null) {
                return -1;
            }
            if (line.isEmpty()) {
                return length;
            }
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return line.toString(StandardCharsets.US_ASCII).strip();
            }
            line.write(c);
        }
        return null;
    }

    private void dispatch(JsonNode message) throws IOException {
        if (message.has("id") && message.has("method")) {
            answerServerRequest(message);
        } else if (message.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
            if (waiting != null) {
                waiting.complete(message);
            }
        } else {
            notifications.add(message);
        }
    }

    private void answerServerRequest(JsonNode request) throws IOException {
        JsonNode result = JsonNodeFactory.instance.nullNode();
        if (request.get("method").asString().equals("workspace/configuration")) {
            ArrayNode sections = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : request.path("params").path("items")) {
                sections.add(settingsBySection.getOrDefault(item.path("section").asString(""), JsonNodeFactory.instance.nullNode()));
            }
            result = sections;
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        response.set("result", result);
        send(response);
    }
}
