package org.iocrun.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bench power supply on a TCP line protocol, on loopback, for the StreamDevice instance
 * (samples/instances/stream-psu): {@code *IDN?} answers {@link #IDENTITY}, {@code VOLT?} answers
 * {@code VOLT <volts>}, {@code VOLT <x>} sets the voltage and answers {@code OK}. Lines end with LF. Every command
 * received is kept, so a test can see what the IOC wrote.
 */
public final class PowerSupplySimulator implements AutoCloseable {

    public static final String IDENTITY = "IOCRUN,PSU-1,0,1.0";

    private final ServerSocket server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private volatile double volts;

    private PowerSupplySimulator(ServerSocket server, double volts) {
        this.server = server;
        this.volts = volts;
    }

    /** Listens on a free loopback port, answering with {@code volts} until a client sets another value. */
    public static PowerSupplySimulator start(double volts) throws IOException {
        PowerSupplySimulator simulator = new PowerSupplySimulator(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), volts);
        Thread.ofVirtual().name("psu-simulator").start(simulator::accept);
        return simulator;
    }

    /** host:port, as asyn's drvAsynIPPortConfigure takes it. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    public double volts() {
        return volts;
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                received.add(line);
                out.write((answer(line.strip()) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // the IOC went away
        }
    }

    private String answer(String command) {
        if (command.equals("*IDN?")) {
            return IDENTITY;
        }
        if (command.equals("VOLT?")) {
            return String.format(Locale.ROOT, "VOLT %.3f", volts);
        }
        if (command.startsWith("VOLT ")) {
            try {
                volts = Double.parseDouble(command.substring(5));
                return "OK";
            } catch (NumberFormatException e) {
                return "ERR";
            }
        }
        return "ERR";
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
