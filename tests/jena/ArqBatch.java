// Runs SPARQL queries through Apache Jena's ARQ over RDF files, in one JVM, for the conformance
// test (tests/test_jena_conformance.py). Usage:
//   java -cp JARS ArqBatch.java QUERY_DIR DATA_FILE...
// Every QUERY_DIR/NAME.rq is parsed by ARQ's strict SPARQL 1.1 parser and run over the union of
// the data files; its result goes to QUERY_DIR/NAME.json (SPARQL JSON results), or the error
// message to QUERY_DIR/NAME.error.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

public class ArqBatch {
    public static void main(String[] args) throws Exception {
        Path queries = Path.of(args[0]);
        Model model = ModelFactory.createDefaultModel();
        for (int i = 1; i < args.length; i++) {
            RDFDataMgr.read(model, args[i]);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(queries)) {
            files = listing.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceAll("\\.rq$", "");
            try {
                Query query = QueryFactory.create(Files.readString(file), Syntax.syntaxSPARQL_11);
                try (QueryExecution execution = QueryExecutionFactory.create(query, model);
                     OutputStream out = new FileOutputStream(queries.resolve(name + ".json").toFile())) {
                    ResultSetFormatter.outputAsJSON(out, execution.execSelect());
                }
            } catch (Exception error) {
                Files.writeString(queries.resolve(name + ".error"), String.valueOf(error), StandardCharsets.UTF_8);
            }
        }
    }
}
