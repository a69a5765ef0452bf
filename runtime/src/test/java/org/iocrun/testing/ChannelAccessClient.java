package org.iocrun.testing;

import com.cosylab.epics.caj.CAJContext;
import gov.aps.jca.CAException;
import gov.aps.jca.CAStatus;
import gov.aps.jca.Channel;
import gov.aps.jca.configuration.ConfigurationException;
import gov.aps.jca.configuration.DefaultConfiguration;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DBRType;
import gov.aps.jca.dbr.DBR_Double;
import gov.aps.jca.dbr.DBR_String;
import org.junit.jupiter.api.Assertions;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;

/**
 * A pure-Java Channel Access client (CAJ, inside org.epics:jca) that searches only loopback on the test IOC's port.
 * Every operation has a timeout and fails the test with the PV name when it passes.
 */
public final class ChannelAccessClient implements AutoCloseable {

    static {
        // CAJ otherwise spawns a CA repeater in a second JVM that outlives the tests; searches and reads by
        // unicast to loopback need no repeater. A JVM-wide property is the only switch CAJ reads for it.
        System.setProperty("CA_DISABLE_REPEATER", "true");
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final CAJContext context;
    private final Map<String, Channel> channels = new HashMap<>();
    private boolean closed;

    private ChannelAccessClient(CAJContext context) {
        this.context = context;
    }

    public static ChannelAccessClient connect(CaPorts ports) {
        DefaultConfiguration configuration = new DefaultConfiguration("iocrun-e2e");
        configuration.setAttribute("addr_list", "127.0.0.1");
        configuration.setAttribute("auto_addr_list", "false");
        configuration.setAttribute("server_port", String.valueOf(ports.serverPort()));
        configuration.setAttribute("repeater_port", String.valueOf(ports.repeaterPort()));
        configuration.setAttribute("connection_timeout", "5.0");
        CAJContext context = new CAJContext();
        try {
            context.configure(configuration);
            context.initialize();
        } catch (ConfigurationException | CAException e) {
            throw new IllegalStateException("cannot start the Channel Access client", e);
        }
        return new ChannelAccessClient(context);
    }

    public double getDouble(String pv) {
        DBR dbr = get(pv, DBRType.DOUBLE);
        return ((DBR_Double) dbr).getDoubleValue()[0];
    }

    public String getString(String pv) {
        DBR dbr = get(pv, DBRType.STRING);
        return ((DBR_String) dbr).getStringValue()[0];
    }

    /** Polls until the value satisfies {@code condition}; returns it, or fails with the last value seen. */
    public double awaitDouble(String pv, DoublePredicate condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        double value = getDouble(pv);
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                Assertions.fail(pv + " stayed at " + value + " for " + timeout.toMillis() + " ms");
            }
            Thread.sleep(100);
            value = getDouble(pv);
        }
        return value;
    }

    /** A put with completion callback: returns once the IOC has processed the record. */
    public void put(String pv, double value) {
        CompletableFuture<CAStatus> done = new CompletableFuture<>();
        try {
            channel(pv).put(value, event -> done.complete(event.getStatus()));
            context.flushIO();
            CAStatus status = done.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!status.isSuccessful()) {
                Assertions.fail("put " + pv + " = " + value + " failed: " + status);
            }
        } catch (Exception e) {
            throw new AssertionError("put " + pv + " = " + value + " did not complete within " + TIMEOUT.toMillis() + " ms", e);
        }
    }

    private DBR get(String pv, DBRType type) {
        try {
            DBR dbr = channel(pv).get(type, 1);
            context.pendIO(seconds(TIMEOUT));
            return dbr;
        } catch (CAException | gov.aps.jca.TimeoutException e) {
            throw new AssertionError("get " + pv + " failed: " + e.getMessage(), e);
        }
    }

    private Channel channel(String pv) {
        Channel channel = channels.get(pv);
        if (channel != null) {
            return channel;
        }
        try {
            channel = context.createChannel(pv);
            context.pendIO(seconds(TIMEOUT));
        } catch (CAException | gov.aps.jca.TimeoutException e) {
            throw new AssertionError("PV " + pv + " did not connect within " + TIMEOUT.toMillis() + " ms", e);
        }
        if (channel.getConnectionState() != Channel.ConnectionState.CONNECTED) {
            throw new AssertionError("PV " + pv + " is " + channel.getConnectionState());
        }
        channels.put(pv, channel);
        return channel;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** Idempotent. Close before the IOC ends where possible: CAJ logs channels whose server vanished as SEVERE. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // channels one by one first: when the IOC is already gone (exit, SIGTERM) their transport is closed, and
        // the context's own clean-up would log that as SEVERE
        for (Channel channel : channels.values()) {
            try {
                channel.destroy();
            } catch (CAException | IllegalStateException e) {
                // the IOC closed the connection first; the channel is gone either way
            }
        }
        channels.clear();
        try {
            context.destroy();
        } catch (CAException | IllegalStateException e) {
            // the context's threads are gone either way; nothing else to release
        }
    }
}
