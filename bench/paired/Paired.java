import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares builds of the capture reader and SIP framer inside one JVM: each build's classes get their own class
 * loader (and so their own JIT-compiled code), and the builds take turns, one operation each, round after round.
 * On a machine whose speed drifts (a shared VM: here the same build measures 70, 100 or 140 ms per pass,
 * depending on the neighbours), rounds taken side by side see the same drift, so the ratio of each round's times
 * is steady where the times themselves are not. JMH cannot do this: it runs one build per fork.
 *
 * <p>Usage: {@code java Paired CAPTURE OPERATION ROUNDS OPERATION_DIR BUILD...}, where a BUILD is a class
 * directory (or jar) list separated by the path separator, and OPERATION is sipKeys or payloads.
 */
public final class Paired {
    public static void main(String[] args) throws Exception {
        byte[] capture = Files.readAllBytes(Path.of(args[0]));
        String what = args[1];
        int rounds = Integer.parseInt(args[2]);
        URL operation = Path.of(args[3]).toUri().toURL();
        int n = args.length - 4;
        Method[] run = new Method[n];
        for (int i = 0; i < n; i++) {
            String[] parts = args[4 + i].split(java.io.File.pathSeparator);
            URL[] urls = new URL[parts.length + 1];
            for (int k = 0; k < parts.length; k++) {
                urls[k] = Path.of(parts[k]).toUri().toURL();
            }
            urls[parts.length] = operation;
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            run[i] = loader.loadClass("Operation").getMethod("run", byte[].class, String.class);
        }
        double[][] ms = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                ms[i][r] = (Long) run[i].invoke(null, capture, what) / 1e6;
            }
        }
        int warm = rounds / 3; // the first third warms the JIT up and is not counted
        System.out.printf("%s, %d rounds (the first %d not counted), thread CPU ms per pass%n", what, rounds, warm);
        for (int i = 0; i < n; i++) {
            double[] t = Arrays.copyOfRange(ms[i], warm, rounds);
            double[] ratio = new double[t.length];
            for (int r = 0; r < t.length; r++) {
                ratio[r] = ms[i][warm + r] / ms[0][warm + r];
            }
            Arrays.sort(t);
            Arrays.sort(ratio);
            System.out.printf("build %d: min %6.1f  median %6.1f   against build 1: median %.3f (quartiles %.3f-%.3f)%n",
                    i + 1, t[0], t[t.length / 2], ratio[ratio.length / 2], ratio[ratio.length / 4],
                    ratio[3 * ratio.length / 4]);
        }
    }
}
