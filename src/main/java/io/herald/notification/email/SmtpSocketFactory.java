package io.herald.notification.email;

import javax.net.SocketFactory;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * Sockets for SMTP whose writes are held until the client next reads (or closes), then sent at once. Angus flushes
 * after every command; with {@link PipeliningSmtpTransport} that would put MAIL FROM, RCPT TO and DATA in three
 * packets, and a server that answers the first before the others arrive sends its next answer behind an
 * unacknowledged packet: Nagle's algorithm on its side and delayed ACKs on ours then hold it for 40 ms. One packet
 * per group of commands (and one per message body with its final dot) avoids that, and costs the server fewer reads.
 * TCP_NODELAY, because what is sent is always a whole group that the server is waiting for.
 */
final class SmtpSocketFactory extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        return new HeldWritesSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), localAddress, localPort);
    }

    private static Socket connected(InetSocketAddress remote, InetAddress local, int localPort) throws IOException {
        Socket socket = new HeldWritesSocket();
        if (local != null || localPort != 0) {
            socket.bind(new InetSocketAddress(local, localPort));
        }
        socket.connect(remote);
        return socket;
    }

    /** Writes wait in a buffer until the next read, close, or a full buffer. One thread uses a connection at a time. */
    static final class HeldWritesSocket extends Socket {

        private HeldOutput out;
        private InputStream in;

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            super.connect(endpoint, timeout);
            setTcpNoDelay(true);
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new HeldOutput(super.getOutputStream());
            }
            return out;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                HeldOutput held = (HeldOutput) getOutputStream();
                in = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        held.send();
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        held.send();
                        return super.read(b, off, len);
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                if (out != null && !isClosed() && !isOutputShutdown()) {
                    out.send();
                }
            } catch (IOException ignored) {
                // closing anyway
            } finally {
                super.close();
            }
        }
    }

    /** The JDK's buffer in front of the socket, whose {@link #flush()} holds; {@link #send()} writes it out. */
    static final class HeldOutput extends BufferedOutputStream {

        HeldOutput(OutputStream socket) {
            super(socket, 16 * 1024);
        }

        @Override
        public void flush() {
            // held until the client reads: see the class comment of SmtpSocketFactory
        }

        void send() throws IOException {
            super.flush();
        }

        @Override
        public void close() throws IOException {
            send();
            super.close();
        }
    }
}
