package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/**
 * SERVICE federation between two real servers: ours (ledger data) calls a second endpoint (statistics data) that is
 * allowlisted, and joins both. A third listener stands for a host that is not allowlisted: it counts every request,
 * so the tests can show a refused SERVICE never reaches it, whatever the spelling.
 */
class FederatedQueryTest {
    static OpenUpServer statistics;
    static OpenUpServer ledgers;
    static OpenUpServer closed;
    static HttpServer stranger;
    static final AtomicInteger strangerHits = new AtomicInteger();
    static String statisticsSparql;
    static String strangerSparql;

    @BeforeAll
    static void start() throws Exception {
        statistics = OpenUpServer.start(SparqlHttp.dataset(
                "(<urn:graph/population> <urn:municipality/1880> <urn:population> 160000)",
                "(<urn:graph/population> <urn:municipality/0180> <urn:population> 980000)"), ServerConfig.defaults(0));
        statisticsSparql = statistics.url() + OpenUpServer.SPARQL_PATH;

        stranger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stranger.createContext("/", exchange -> {
            strangerHits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        stranger.start();
        strangerSparql = "http://127.0.0.1:" + stranger.getAddress().getPort() + "/sparql";

        String[] ledgerData = {
                "(<urn:graph/orebro> <urn:payment/1> <urn:buyer> <urn:municipality/1880>)",
                "(<urn:graph/orebro> <urn:payment/1> <urn:amount> 1204.1)",
                "(<urn:graph/stockholm> <urn:payment/2> <urn:buyer> <urn:municipality/0180>)",
                "(<urn:graph/stockholm> <urn:payment/2> <urn:amount> 9632.0)"};
        ledgers = OpenUpServer.start(SparqlHttp.dataset(ledgerData),
                ServerConfig.defaults(0).withServiceAllowlist(Set.of(statisticsSparql)));
        closed = OpenUpServer.start(SparqlHttp.dataset(ledgerData), ServerConfig.defaults(0));
    }

    @AfterAll
    static void stop() {
        ledgers.close();
        closed.close();
        statistics.close();
        stranger.stop(0);
    }

    @BeforeEach
    void noCallsYet() { strangerHits.set(0); }

    @AfterEach
    void theStrangerWasNeverCalled() {
        assertEquals(0, strangerHits.get(), "a refused SERVICE must not reach the host");
    }

    static HttpResponse<String> query(OpenUpServer server, String query) throws Exception {
        return SparqlHttp.getQuery(server.url() + OpenUpServer.SPARQL_PATH, query, "text/csv");
    }

    static String join(String service) {
        return "SELECT ?payment ?amount ?population {"
                + " ?payment <urn:buyer> ?m ; <urn:amount> ?amount ."
                + " SERVICE " + service + " { ?m <urn:population> ?population } } ORDER BY ?payment";
    }

    @Test
    void aFederatedQueryJoinsBothEndpoints() throws Exception {
        HttpResponse<String> joined = query(ledgers, join("<" + statisticsSparql + ">"));
        assertEquals(200, joined.statusCode(), joined.body());
        assertEquals("payment,amount,population\r\nurn:payment/1,1204.1,160000\r\nurn:payment/2,9632.0,980000\r\n",
                joined.body());
    }

    @Test
    void anEndpointNamedByAVariableIsCheckedToo() throws Exception {
        HttpResponse<String> allowed = query(ledgers, "SELECT ?population { VALUES ?svc { <" + statisticsSparql + "> }"
                + " SERVICE ?svc { <urn:municipality/1880> <urn:population> ?population } }");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals("population\r\n160000\r\n", allowed.body());

        HttpResponse<String> refused = query(ledgers, "SELECT ?population { VALUES ?svc { <" + strangerSparql + "> }"
                + " SERVICE ?svc { ?m <urn:population> ?population } }");
        assertRefused(refused, strangerSparql);
    }

    @Test
    void aHostNotOnTheAllowlistIsRefused() throws Exception {
        int port = stranger.getAddress().getPort();
        String allowedAuthority = statisticsSparql.substring("http://".length(), statisticsSparql.indexOf("/sparql"));
        for (String target : new String[] {
                strangerSparql,
                "http://" + allowedAuthority + "@127.0.0.1:" + port + "/sparql",
                statisticsSparql + "x",
                statisticsSparql + "/%2e%2e/%2e%2e/x",
                statisticsSparql.replace("localhost", "localhost.evil.example")}) {
            assertRefused(query(ledgers, join("<" + target + ">")), target);
            assertRefused(query(ledgers, join("SILENT <" + target + ">")), target);
        }
    }

    @Test
    void withTheDefaultEmptyAllowlistEverySERVICEIsRefused() throws Exception {
        HttpResponse<String> refused = query(closed, join("<" + statisticsSparql + ">"));
        assertRefused(refused, statisticsSparql);
        assertTrue(refused.body().contains("no endpoint is allowlisted"), refused.body());
    }

    static void assertRefused(HttpResponse<String> response, String target) {
        assertEquals(422, response.statusCode(), target + ": " + response.body());
        assertTrue(response.body().contains("SERVICE <" + target + "> refused"), response.body());
    }
}
