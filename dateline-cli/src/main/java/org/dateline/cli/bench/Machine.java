package org.dateline.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * What a benchmark ran on.
 *
 * @param cores     processors available to the JVM
 * @param java      the Java runtime's version
 * @param vm        the virtual machine's name
 * @param maxHeapMb the most heap the JVM may use (-Xmx), in MiB
 */
public record Machine(int cores, String java, String vm, long maxHeapMb, String os) {
    private static final long MIB = 1024 * 1024;

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / MIB,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** The peak heap use since the JVM started: the sum of the heap pools' peaks, in MiB. */
    public static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MIB;
    }
}
