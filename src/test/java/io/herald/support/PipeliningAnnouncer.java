package io.herald.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback relay in front of a real SMTP server that reads pipelined commands correctly but does not announce
 * PIPELINING (SubEthaSMTP reads one command line after another, however they arrive): it adds PIPELINING to the
 * server's EHLO answer and passes everything else through untouched. It keeps each chunk the client sent as it
 * arrived, so a test can see which commands came together.
 */
public final class PipeliningAnnouncer implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<String> clientChunks = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public PipeliningAnnouncer(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "pipelining-announcer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** What the clients sent, chunk by chunk as each read returned it. */
    public List<String> clientChunks() {
        return List.copyOf(clientChunks);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                start(() -> fromClient(client, server));
                start(() -> fromServer(server, client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void fromClient(Socket client, Socket server) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                clientChunks.add(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // a side closed
        } finally {
            TcpProxy.closeQuietly(client);
            TcpProxy.closeQuietly(server);
        }
    }

    /** Passes the server's replies on line by line, announcing PIPELINING among the EHLO extensions. */
    private void fromServer(Socket server, Socket client) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            var line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0; ) {
                line.write(b);
                if (b != '\n') {
                    continue;
                }
                String text = line.toString(StandardCharsets.US_ASCII);
                if (text.startsWith("250-") && text.trim().equalsIgnoreCase("250-8BITMIME")) {
                    out.write("250-PIPELINING\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                line.writeTo(out);
                line.reset();
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // a side closed
        } finally {
            TcpProxy.closeQuietly(server);
            TcpProxy.closeQuietly(client);
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "pipelining-announcer-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(TcpProxy::closeQuietly);
    }
}
