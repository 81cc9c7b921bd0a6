package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The query pages in a real headless Chromium on the golden store (src/test/resources/golden): open a query from
 * the list, change a parameter, see the table change, download the CSV and compare it byte for byte with the API's;
 * a permalink fills the form; a dropdown changes the table; sorting; the chart; the editor link; escaping.
 */
class QueryPageBrowserTest {
    static String url;
    static ApiClient api;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        url = GoldenStore.server().url();
        api = new ApiClient(url);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
    }

    @Test
    void openAQueryChangeTheYearAndDownloadWhatIsShown() throws Exception {
        browser.driver.get(url + "/queries");
        browser.driver.findElement(By.linkText("Kostnad per invånare")).click();
        browser.await("the query page", d -> d.getCurrentUrl().endsWith("/queries/spend-per-inhabitant"));
        // year is required and has no default: the page asks for it instead of running
        browser.await("the prompt", d -> text("#status").equals("Fyll i formuläret och tryck Visa."));

        WebElement year = browser.driver.findElement(By.id("p-year"));
        year.sendKeys("2023");
        browser.driver.findElement(By.cssSelector("#params button[type=submit]")).click();
        JsonNode y2023 = api.json("/api/queries/spend-per-inhabitant?year=2023");
        awaitTable(y2023);
        assertEquals(3, y2023.get("rows").size());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/queries/spend-per-inhabitant?year=2023"));
        // sv-SE in the table (no-break space groups, decimal comma), right-aligned; the API keeps 1899489.99
        List<List<String>> cells = cells();
        int spend = column(y2023, "spend");
        assertEquals("1 899 489,99", cells.get(0).get(spend).replace('\u00a0', ' '));
        assertEquals("Utbetalt (kr)", browser.driver.findElements(By.cssSelector("#result th")).get(spend).getText());
        assertEquals("right", browser.script("return getComputedStyle(document.querySelector('#result tbody td.num')).textAlign"));

        year.clear();
        year.sendKeys("2022", Keys.ENTER);
        JsonNode y2022 = api.json("/api/queries/spend-per-inhabitant?year=2022");
        assertEquals(2, y2022.get("rows").size());
        awaitTable(y2022);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/queries/spend-per-inhabitant?year=2022"));
        assertEquals(url + "/api/queries/spend-per-inhabitant.csv?year=2022", href("download-csv"));
        assertEquals(url + "/api/queries/spend-per-inhabitant.json?year=2022", href("download-json"));
        assertEquals(url + "/queries/spend-per-inhabitant?year=2022", href("permalink"));

        // the chart draws the metadata's columns (x municipalityName, y perInhabitant) in the API's order
        List<Object> labels = browser.script("return Chart.getChart(document.getElementById('chart')).data.labels");
        List<String> values = browser.script("return Chart.getChart(document.getElementById('chart')).data.datasets[0].data.map(String)");
        assertEquals(columnText(y2022, "municipalityName"), labels);
        assertEquals(decimals(columnText(y2022, "perInhabitant")), decimals(values));

        browser.driver.findElement(By.id("download-csv")).click();
        Path file = browser.downloads().resolve("spend-per-inhabitant_year-2022.csv");
        browser.await("the downloaded CSV", d -> Files.exists(file) && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
        HttpResponse<byte[]> apiCsv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/api/queries/spend-per-inhabitant.csv?year=2022")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(apiCsv.body(), Files.readAllBytes(file));
        assertTrue(new String(apiCsv.body(), java.nio.charset.StandardCharsets.UTF_8).contains("450000"));
    }

    @Test
    void aPermalinkFillsTheFormAndADropdownChangesTheTable() throws Exception {
        // the municipality given by orgnr selects the kommunkod option; English labels
        browser.driver.get(url + "/queries/change-by-account-class?year=2023&municipality=212000-0019&lang=en");
        assertEquals("Year-over-year change by account class", text("h1"));
        assertEquals("Year", browser.driver.findElement(By.cssSelector("label[for=p-year]")).getText());
        Select municipality = new Select(browser.driver.findElement(By.id("p-municipality")));
        assertEquals("0114", municipality.getFirstSelectedOption().getAttribute("value"));
        JsonNode a = api.json("/api/queries/change-by-account-class?year=2023&municipality=0114");
        awaitTable(a);
        assertEquals(List.of("4", "5", "6", "7"), columnText(a, "classCode"));

        municipality.selectByValue("0115");
        JsonNode b = api.json("/api/queries/change-by-account-class?year=2023&municipality=0115");
        awaitTable(b);
        assertTrue(browser.driver.getCurrentUrl().endsWith("?year=2023&level=1&municipality=0115&lang=en"),
                browser.driver.getCurrentUrl());
        browser.await("the bound SPARQL", d -> browser.<String>script(
                "return document.getElementById('sparql').textContent").contains("org/2120000027"));

        // a click sorts by the column (numbers as numbers), a second click reverses; the API's order is untouched
        int change = column(b, "change");
        List<BigDecimal> sorted = new ArrayList<>(decimals(columnText(b, "change")));
        sorted.sort(null);
        assertTrue(!sorted.equals(decimals(columnText(b, "change"))), "the fixture's order differs from the sorted one");
        // headings in the page's language; the API's column name is the button's title
        WebElement heading = browser.driver.findElement(By.xpath("//th/button[text()='Change (SEK)']"));
        assertEquals("change", heading.getAttribute("title"));
        heading.click();
        assertEquals(sorted, numbers(cells(), change));
        browser.driver.findElement(By.xpath("//th/button[text()='Change (SEK)']")).click();
        Collections.reverse(sorted);
        assertEquals(sorted, numbers(cells(), change));

        // the editor opens with the bound query as its active tab
        browser.driver.findElement(By.id("editor-link")).click();
        browser.await("the editor with the query", d -> {
            Object v = browser.script("const e = document.querySelector('.CodeMirror'); return e && e.CodeMirror.getValue()");
            return v instanceof String s && s.contains("org/2120000027") && s.contains("?classCode");
        });
    }

    @Test
    void aRefusedValueIsExplainedInThePagesLanguage() {
        // the API refuses 1999 (the year's minimum is 2000) and names the parameter; the page names the field
        browser.driver.get(url + "/queries/spend-per-inhabitant?year=1999");
        browser.await("the explanation", d -> text("#status").startsWith("Värdet i fältet ”År” godtas inte."));
        assertEquals(0, cells().size());
    }

    @Test
    void valuesAreTextNeverMarkup() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>\"'";
        browser.driver.get(url + "/queries/supplier-league?year=2023&name=" + QueryPages.encode(hostile));
        browser.await("the answer", d -> text("#status").equals("Inga rader."));
        assertEquals(hostile, browser.driver.findElement(By.id("p-name")).getAttribute("value"));
        assertEquals(0L, browser.<Long>script("return document.querySelectorAll('main img').length"));
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
    }

    /** Waits until the table shows exactly the API's rows: strings as sent, numbers formatted sv-SE but equal. */
    private static void awaitTable(JsonNode answer) {
        browser.await("the table to show " + answer.get("params"), d -> {
            List<List<String>> cells = cells();
            if (cells.size() != answer.get("rows").size()) return false;
            for (int r = 0; r < cells.size(); r++) {
                JsonNode row = answer.get("rows").get(r);
                for (int c = 0; c < row.size(); c++) {
                    String shown = cells.get(r).get(c);
                    JsonNode value = row.get(c);
                    boolean same = value.isNull() ? shown.isEmpty()
                            : value.isNumber() ? number(shown).compareTo(value.decimalValue()) == 0
                            : shown.equals(value.asText());
                    if (!same) return false;
                }
            }
            return true;
        });
    }

    private static List<List<String>> cells() {
        return browser.script("return Array.from(document.querySelectorAll('#result tbody tr'))"
                + ".map(tr => Array.from(tr.cells).map(td => td.textContent))");
    }

    private static String href(String id) { return browser.driver.findElement(By.id(id)).getDomProperty("href"); }

    private static String text(String css) { return browser.driver.findElement(By.cssSelector(css)).getText(); }

    private static BigDecimal number(String svSE) {
        return new BigDecimal(svSE.replace("\u00a0", "").replace(" ", "").replace('−', '-').replace(',', '.'));
    }

    private static List<BigDecimal> numbers(List<List<String>> cells, int column) {
        return cells.stream().map(r -> number(r.get(column)).stripTrailingZeros()).toList();
    }

    private static List<BigDecimal> decimals(List<String> texts) {
        return texts.stream().map(t -> new BigDecimal(t).stripTrailingZeros()).toList();
    }

    private static int column(JsonNode answer, String name) {
        for (int i = 0; i < answer.get("columns").size(); i++)
            if (answer.get("columns").get(i).get("name").asText().equals(name)) return i;
        throw new AssertionError("no column " + name);
    }

    private static List<String> columnText(JsonNode answer, String name) {
        int c = column(answer, name);
        List<String> values = new ArrayList<>();
        for (JsonNode row : answer.get("rows")) values.add(row.get(c).asText());
        return values;
    }
}
