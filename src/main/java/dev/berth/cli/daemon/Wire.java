package dev.berth.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's protocol on its unix socket. The client sends one {@link Request}; the daemon answers with
 * frames (kind byte, length, payload): output chunks, then the exit code, or a refusal. While the command
 * runs the client may send {@link #CANCEL} (Ctrl-C).
 */
final class Wire {
    static final int MAGIC = 0x42455254;
    static final int VERSION = 1;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;
    static final byte CANCEL = 1;
    /**
     * Most bytes of one request: above what Linux lets a process's arguments and environment take together (ARG_MAX,
     * 2 MiB by default), so any real caller fits; a peer sending more is refused before the daemon holds it all.
     */
    static final int MAX_REQUEST = 4 << 20;

    private Wire() {}

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, r.identity());
        writeString(out, r.workingDir().toString());
        out.writeBoolean(r.terminal());
        out.writeInt(r.environment().size());
        for (Map.Entry<String, String> e : r.environment().entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(r.args().size());
        for (String arg : r.args()) {
            writeString(out, arg);
        }
        out.flush();
    }

    /** Reads one request, at most {@link #MAX_REQUEST} bytes of it; anything else is an IOException. */
    static Request readRequest(DataInputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new Budget(raw, MAX_REQUEST));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a berth client of this version");
        }
        String identity = readString(in);
        Path dir = Path.of(readString(in));
        boolean terminal = in.readBoolean();
        int n = count(in);
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            env.put(readString(in), readString(in));
        }
        int argc = count(in);
        List<String> args = new ArrayList<>(argc);
        for (int i = 0; i < argc; i++) {
            args.add(readString(in));
        }
        return new Request(identity, dir, terminal, env, args);
    }

    static void writeFrame(DataOutputStream out, byte kind, byte[] payload, int offset, int length) throws IOException {
        out.write(frame(kind, payload, offset, length));
        out.flush();
    }

    /** One frame as bytes: kind, big-endian length, payload. */
    static byte[] frame(byte kind, byte[] payload, int offset, int length) {
        byte[] f = new byte[5 + length];
        f[0] = kind;
        System.arraycopy(intBytes(length), 0, f, 1, 4);
        System.arraycopy(payload, offset, f, 5, length);
        return f;
    }

    static byte[] exitFrame(int code) {
        return frame(EXIT, intBytes(code), 0, 4);
    }

    /** The exit code carried by an {@link #EXIT} frame's payload. */
    static int exitCode(byte[] payload) {
        return (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | payload[3] & 0xff;
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_REQUEST) {
            throw new IOException("bad length " + n);
        }
        return n;
    }

    /** A stream that fails once more than {@code left} bytes have been read from it. */
    private static final class Budget extends java.io.FilterInputStream {
        private long left;

        Budget(java.io.InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            spend(1);
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, left + 1));
            spend(Math.max(n, 0));
            return n;
        }

        private void spend(long n) throws IOException {
            left -= n;
            if (left < 0) {
                throw new IOException("request over " + MAX_REQUEST + " bytes");
            }
        }
    }
}
