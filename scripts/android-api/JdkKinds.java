// Prints which of the JDK class names on standard input (binary names, one a line) are
// interfaces, dotted. Run by pyi2java.py as `java JdkKinds.java`; it only asks, it loads nothing
// it initialises.
import java.io.BufferedReader;
import java.io.InputStreamReader;

public class JdkKinds {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        ClassLoader loader = ClassLoader.getPlatformClassLoader();
        StringBuilder out = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            try {
                Class<?> c = Class.forName(line.trim(), false, loader);
                if (c.isInterface()) out.append(line.trim().replace('$', '.')).append('\n');
            } catch (Throwable e) {
                // Not loadable from here (an internal class): not one the stubs use.
            }
        }
        System.out.print(out);
    }
}
