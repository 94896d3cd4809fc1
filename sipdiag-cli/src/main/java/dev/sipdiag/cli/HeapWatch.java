package dev.sipdiag.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.BooleanSupplier;
import javax.management.NotificationEmitter;

/**
 * Gives up early when the heap is too small for the input, so the launcher's retry with a larger heap starts at
 * once: when even a full collection leaves the old generation {@link #FULL_AFTER_GC} full, the run would spend its
 * time collecting before it ran out anyway (measured: 35 s of collections before the error on 300,000 open
 * calls). Only where the launcher retries (it sets {@code -Dsipdiag.retry=true}) and only while the command can
 * be run again (nothing written yet); otherwise the run goes on and ends as it would.
 */
final class HeapWatch {
    /** Share of the old generation still in use after a full collection that means "too small". */
    static final double FULL_AFTER_GC = 0.92;

    private HeapWatch() {
    }

    static void start(BooleanSupplier retryable, String why) {
        boolean armed = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            // the old generation: the heap pool that is collected and has a limit, but is not the young one
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0
                    && !pool.getName().contains("Eden") && !pool.getName().contains("Survivor")) {
                pool.setCollectionUsageThreshold((long) (max * FULL_AFTER_GC));
                armed = true;
            }
        }
        if (!armed) {
            return;
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, ignored) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())
                    && retryable.getAsBoolean()) {
                System.err.println("sipdiag: out of memory (heap limit " + System.getProperty("sipdiag.heap",
                        "default") + "): " + why + ".");
                Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY); // nothing written: the retry writes it all
            }
        }, null, null);
    }
}
