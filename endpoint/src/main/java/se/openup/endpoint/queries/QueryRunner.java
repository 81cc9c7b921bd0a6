package se.openup.endpoint.queries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs a bound SELECT against the store: read transaction, timeout, row cap. The rows are copied out inside the
 * transaction (TDB2 nodes must not outlive it).
 */
public final class QueryRunner {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "saved-query-timeout");
        t.setDaemon(true);
        return t;
    });
    private final DatasetGraph dataset;
    private final Duration timeout;
    private final long cap;

    public QueryRunner(DatasetGraph dataset, Duration timeout, long cap) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.cap = cap;
    }

    /** Columns in projection order; a row holds null for an unbound cell. {@code truncated}: the cap cut it short. */
    public record Table(List<String> columns, List<List<Node>> rows, boolean truncated) {
        /** Rows as column → node maps (enumerations). */
        public List<Map<String, Node>> records() {
            List<Map<String, Node>> list = new ArrayList<>(rows.size());
            for (List<Node> row : rows) {
                Map<String, Node> m = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), row.get(i));
                list.add(m);
            }
            return list;
        }
    }

    /** Runs {@code query} (not modified: a copy carries the cap). Throws Jena's QueryCancelledException on timeout. */
    public Table run(Query query) {
        Query capped = query.cloneQuery();
        // one row more than the cap tells a full answer from a cut one
        long limit = query.hasLimit() ? Math.min(query.getLimit(), cap + 1) : cap + 1;
        capped.setLimit(limit);
        List<Var> vars = capped.getProjectVars();
        List<String> columns = vars.stream().map(Var::getVarName).toList();
        // Jena's own timeout cannot fire while a plan is being built (a hash join's side is computed under the
        // execution's lock), so the cancel signal every iterator checks is also raised from our own timer.
        AtomicBoolean cancel = new AtomicBoolean(false);
        ScheduledFuture<?> alarm = TIMER.schedule(() -> cancel.set(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return Txn.calculateRead(dataset, () -> select(capped, vars, columns, cancel));
        } finally {
            alarm.cancel(false);
        }
    }

    private Table select(Query capped, List<Var> vars, List<String> columns, AtomicBoolean cancel) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(capped).set(ARQConstants.symCancelQuery, cancel)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rs = exec.select();
            List<List<Node>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding b = rs.next();
                if (rows.size() == cap) return new Table(columns, rows, true);
                List<Node> row = new ArrayList<>(vars.size());
                for (Var v : vars) row.add(b.get(v));
                rows.add(row);
            }
            return new Table(columns, rows, false);
        }
    }
}
