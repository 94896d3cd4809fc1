package dev.sipdiag.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Records (serialized calls, CSV rows, text blocks) kept on disk with a small in-memory index, so a report
 * over millions of calls needs memory only for the index: {@value #INDEX_BYTES_PER_RECORD} bytes a record.
 * Records come back in the order of their sort key (ties in the order they were added). The file is deleted on
 * {@link #close}.
 */
public final class Spool implements AutoCloseable {
    /** Index bytes per record: sort key, offset, length. */
    static final int INDEX_BYTES_PER_RECORD = 20;
    /** Records buffered in memory before the first write to disk; small reports never touch the disk. */
    static final int MEMORY_BYTES = 1 << 20;

    private long[] keys = new long[256];
    private long[] offsets = new long[256];
    private int[] lengths = new int[256];
    private int count;
    private byte[] memory = new byte[4096];
    private long size;
    private Path file;
    private FileChannel channel;

    /** Adds a record with its sort key. */
    public void add(long key, byte[] record) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        keys[count] = key;
        offsets[count] = size;
        lengths[count] = record.length;
        count++;
        try {
            if (channel == null && size + record.length <= MEMORY_BYTES) {
                if (size + record.length > memory.length) {
                    memory = Arrays.copyOf(memory, (int) Math.min(MEMORY_BYTES, Math.max(memory.length * 2L, size + record.length)));
                }
                System.arraycopy(record, 0, memory, (int) size, record.length);
            } else {
                if (channel == null) {
                    file = Files.createTempFile("sipdiag-report-", ".spool");
                    file.toFile().deleteOnExit();
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    channel.write(ByteBuffer.wrap(memory, 0, (int) size));
                    memory = null;
                }
                ByteBuffer b = ByteBuffer.wrap(record);
                while (b.hasRemaining()) {
                    channel.write(b, size + b.position());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's temporary file: " + e.getMessage(), e);
        }
        size += record.length;
    }

    public int size() {
        return count;
    }

    /** Receives records in sort order. */
    public interface RecordConsumer {
        void accept(byte[] record) throws IOException;
    }

    /** Hands every record to the consumer, by sort key. */
    public void forEachSorted(RecordConsumer out) throws IOException {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        for (int i : order) {
            byte[] r = new byte[lengths[i]];
            if (channel == null) {
                System.arraycopy(memory, (int) offsets[i], r, 0, r.length);
            } else {
                ByteBuffer b = ByteBuffer.wrap(r);
                while (b.hasRemaining()) {
                    if (channel.read(b, offsets[i] + b.position()) < 0) {
                        throw new IOException("report temporary file ended early");
                    }
                }
            }
            out.accept(r);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temp file left behind is removed at exit (deleteOnExit)
        }
    }
}
