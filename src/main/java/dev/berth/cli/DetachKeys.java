package dev.berth.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine CLI's detach key sequence ({@code ctrl-p,ctrl-q} by default; {@code a}-{@code z}, {@code ctrl-a} to
 * {@code ctrl-z}, {@code ctrl-@}, {@code ctrl-[}, {@code ctrl-\}, {@code ctrl-]}, {@code ctrl-^}, {@code ctrl-_}),
 * and a stdin that ends, calling {@code onDetach}, once the caller typed it.
 */
final class DetachKeys {
    static final String DEFAULT = "ctrl-p,ctrl-q";

    private DetachKeys() {}

    static byte[] parse(String keys) {
        List<Byte> out = new ArrayList<>();
        for (String key : keys.split(",")) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            if (k.length() == 1 && k.charAt(0) >= 'a' && k.charAt(0) <= 'z') {
                out.add((byte) k.charAt(0));
            } else if (k.startsWith("ctrl-") && k.length() == 6 && "abcdefghijklmnopqrstuvwxyz@[\\]^_".indexOf(k.charAt(5)) >= 0) {
                out.add((byte) (Character.toUpperCase(k.charAt(5)) - '@'));
            } else {
                throw new IllegalArgumentException("Unknown character: '" + key.strip() + "'");
            }
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }

    /** {@code in} until the sequence: the bytes of a partial match are passed on once it breaks off. */
    static InputStream watching(InputStream in, byte[] sequence, Runnable onDetach) {
        return new FilterInputStream(in) {
            private int matched;
            private boolean detached;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (detached) {
                    return -1;
                }
                byte[] buffer = new byte[len];
                int n = in.read(buffer, 0, Math.max(1, len - sequence.length));
                if (n < 0) {
                    return -1;
                }
                int written = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == sequence[matched]) {
                        if (++matched == sequence.length) {
                            detached = true;
                            onDetach.run();
                            return written == 0 ? -1 : written;
                        }
                        continue;
                    }
                    for (int j = 0; j < matched; j++) {
                        b[off + written++] = sequence[j];
                    }
                    matched = 0;
                    b[off + written++] = buffer[i];
                }
                return written == 0 ? read(b, off, len) : written;
            }
        };
    }
}
