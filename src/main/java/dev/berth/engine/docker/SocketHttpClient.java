package dev.berth.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A docker-java transport on the JDK's own sockets (unix or plain tcp): HTTP/1.1, one connection per request.
 * It replaces httpclient5, whose set-up alone cost seconds of every CLI run (see docs/decisions).
 */
final class SocketHttpClient implements DockerHttpClient {
    private final URI host;
    /** Where every request's start, duration, status and path go (BERTH_TRACE in the caller's environment), or null. */
    private final java.io.PrintStream trace;

    SocketHttpClient(URI host, java.io.PrintStream trace) {
        if (!host.getScheme().equals("unix") && !host.getScheme().equals("tcp")) {
            throw new IllegalArgumentException("unsupported DOCKER_HOST scheme: " + host);
        }
        this.host = host;
        this.trace = trace;
    }

    @Override
    public Response execute(Request request) {
        if (trace == null) {
            return send(request);
        }
        long start = System.currentTimeMillis();
        Response response = send(request);
        // the path only: a query can carry build args and other values that must not be printed
        String path = request.path();
        String shown = path.contains("?") ? path.substring(0, path.indexOf('?')) + "?…" : path;
        trace.printf("berth trace: %tT.%<tL %4d ms %d %s %s%n", start, System.currentTimeMillis() - start,
                response.getStatusCode(), request.method(), shown);
        return response;
    }

    private Response send(Request request) {
        try {
            SocketChannel channel = host.getScheme().equals("unix")
                    ? SocketChannel.open(UnixDomainSocketAddress.of(host.getPath()))
                    : SocketChannel.open(new InetSocketAddress(host.getHost(), host.getPort()));
            OutputStream out = Channels.newOutputStream(channel);
            out.write(head(request, body(request)));
            out.flush();
            Response response = read(channel, new BufferedInputStream(Channels.newInputStream(channel), 16384));
            if (request.hijackedInput() != null && response.getStatusCode() < 300) {
                Hijack.pump(request.hijackedInput(), channel);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] body(Request request) throws IOException {
        if (request.bodyBytes() != null) {
            return request.bodyBytes();
        }
        InputStream in = request.body();
        return in == null ? null : in.readAllBytes();
    }

    private static byte[] head(Request request, byte[] body) {
        StringBuilder h = new StringBuilder();
        h.append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n");
        // Attaching stdin takes the connection over (101 Upgrade): the engine then streams raw in both directions.
        h.append(request.hijackedInput() == null ? "Host: docker\r\nConnection: close\r\n"
                : "Host: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n");
        request.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            if (!request.headers().containsKey("Content-Type")) {
                h.append("Content-Type: application/json\r\n");
            }
            h.append("Content-Length: ").append(body.length).append("\r\n");
        }
        h.append("\r\n");
        byte[] headBytes = h.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static Response read(SocketChannel channel, InputStream in) throws IOException {
        String status = line(in);
        if (status == null || status.length() < 12) {
            channel.close();
            throw new IOException("the engine closed the connection without answering");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.computeIfAbsent(l.substring(0, colon).trim(), k -> new ArrayList<>()).add(l.substring(colon + 1).trim());
        }
        InputStream body = bodyStream(in, headers, code);
        int reported = code == 101 ? 200 : code; // docker-java takes only 2xx as success, upgrades included
        return new Response() {
            public int getStatusCode() { return reported; }
            public Map<String, List<String>> getHeaders() { return headers; }
            public InputStream getBody() { return body; }
            public void close() {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing: nothing left to do
                }
            }
        };
    }

    private static InputStream bodyStream(InputStream in, Map<String, List<String>> headers, int code) {
        if (code == 101) {
            return in; // the upgraded stream, until the engine closes it
        }
        if (code == 204 || code == 304) {
            return InputStream.nullInputStream();
        }
        List<String> te = headers.get("Transfer-Encoding");
        if (te != null && te.getFirst().equalsIgnoreCase("chunked")) {
            return new ChunkedInputStream(in);
        }
        List<String> length = headers.get("Content-Length");
        if (length != null) {
            return new LimitedInputStream(in, Long.parseLong(length.getFirst()));
        }
        return in; // until the engine closes (Connection: close)
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return c == -1 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        // no pooled connections to close
    }
}
