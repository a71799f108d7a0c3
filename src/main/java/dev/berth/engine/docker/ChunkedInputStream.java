package dev.berth.engine.docker;

import java.io.IOException;
import java.io.InputStream;

/** Decodes an HTTP/1.1 chunked body; ends at the zero-length chunk. */
final class ChunkedInputStream extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done || !nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n == -1) {
            done = true;
            return -1;
        }
        left -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return done ? 0 : (int) Math.min(left, in.available());
    }

    private boolean nextChunk() throws IOException {
        if (left > 0) {
            return true;
        }
        String size = SocketHttpClient.line(in);
        if (size != null && size.isEmpty()) {
            size = SocketHttpClient.line(in); // the CRLF that ends the previous chunk
        }
        if (size == null) {
            done = true;
            return false;
        }
        int semi = size.indexOf(';');
        left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        if (left == 0) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
