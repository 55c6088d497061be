// Parses Turtle files with Apache Jena's RIOT, in one JVM, for tests/test_turtle_engines.py.
// Usage:
//   java -cp JARS TurtleCount.java FILE...
// For each file, one line on standard output: PATH, a tab, the number of distinct triples Jena
// read (-1 when it could not read the file), a tab, and every warning or error Jena gave for the
// file (joined by " | "; empty when there were none).
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

public class TurtleCount {
    /** Keeps every message instead of logging it, so a warning fails the test like an error. */
    static final class Collecting implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        private void keep(String kind, String message, long line, long col) {
            messages.add(kind + " at " + line + ":" + col + ": " + message);
        }

        @Override public void warning(String message, long line, long col) { keep("warning", message, line, col); }
        @Override public void error(String message, long line, long col) { keep("error", message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            keep("fatal", message, line, col);
            throw new IllegalStateException(message);
        }
    }

    public static void main(String[] args) {
        for (String file : args) {
            Collecting handler = new Collecting();
            Graph graph = GraphFactory.createDefaultGraph();
            long size;
            try {
                RDFParser.create()
                    .source(Path.of(file))
                    .lang(Lang.TURTLE)
                    .errorHandler(handler)
                    .parse(graph);
                size = graph.size();
            } catch (RuntimeException error) {
                size = -1;
                if (handler.messages.isEmpty()) {
                    handler.messages.add(String.valueOf(error));
                }
            }
            String messages = String.join(" | ", handler.messages).replace('\t', ' ').replace('\n', ' ');
            System.out.println(file + "\t" + size + "\t" + messages);
        }
    }
}
