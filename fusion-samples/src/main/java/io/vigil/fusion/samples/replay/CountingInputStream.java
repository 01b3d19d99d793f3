package io.vigil.fusion.samples.replay;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, so progress can be shown as a fraction of a file. */
final class CountingInputStream extends FilterInputStream {

    private volatile long count;

    /**
     * Wraps a stream.
     *
     * @param in the stream to count
     */
    CountingInputStream(final InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        final int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) throws IOException {
        final int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(final long n) throws IOException {
        final long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    /**
     * Returns the bytes read so far.
     *
     * @return bytes
     */
    long count() {
        return count;
    }
}
