package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Jira's plugin system reads from the jar: headers, imports, and no host classes inside. */
class BundleContentsIT {
    private static final List<String> HOST_PREFIXES = List.of(
            "com/atlassian/",
            "com/opensymphony/",
            "org/joda/",
            "javax/",
            "jakarta/",
            "org/springframework/",
            "org/osgi/",
            "org/slf4j/",
            "net/java/ao/",
            "org/apache/velocity/",
            "io/phasegate/stubs/");

    private static BuiltBundle bundle;

    @BeforeAll
    static void open() {
        bundle = BuiltBundle.open();
    }

    @AfterAll
    static void close() throws IOException {
        bundle.close();
    }

    @Test
    void identifiesItselfAsTheTransformerlessPhasegatePlugin() {
        assertThat(bundle.header("Bundle-SymbolicName")).isEqualTo("io.phasegate.phasegate-jira");
        assertThat(bundle.header("Atlassian-Plugin-Key")).isEqualTo("io.phasegate.phasegate-jira");
        assertThat(bundle.header("Spring-Context")).isEqualTo("*");
        assertThat(bundle.header("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\..+)?");
        assertThat(bundle.header("Export-Package"))
                .as("the plugin exports nothing")
                .isNull();
    }

    @Test
    void shipsNoHostClassesNorStubs(@TempDir Path tmp) throws IOException {
        assertThat(offending(bundle.entries())).isEmpty();
        for (String embedded : bundle.embeddedJars()) {
            assertThat(offending(entriesOf(bundle.extract(embedded, tmp))))
                    .as("host classes inside embedded %s", embedded)
                    .isEmpty();
        }
    }

    @Test
    void embedsTheEngineInlineAndJacksonPrivately() {
        assertThat(bundle.contains("io/phasegate/core/gate/PhaseGate.class")).isTrue();
        assertThat(bundle.contains("i18n/phasegate-core.properties")).isTrue();
        assertThat(bundle.embeddedJars())
                .anyMatch(jar -> jar.contains("jackson-databind"))
                .allMatch(jar -> jar.contains("jackson-"));
    }

    @Test
    void importsExactlyTheReviewedPackages() throws IOException {
        Set<String> expected = Files.readAllLines(Path.of("src/test/resources/reviewed-imports.txt")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> actual = new java.util.TreeSet<>(
                ManifestHeaders.clauses(bundle.header("Import-Package")).keySet());
        assertThat(actual)
                .as("Import-Package changed: review each package against what Jira 10 exports, then update"
                        + " src/test/resources/reviewed-imports.txt")
                .isEqualTo(expected);
    }

    @Test
    void importsJiraPackagesAtJira10Versions() {
        ManifestHeaders.clauses(bundle.header("Import-Package")).forEach((pkg, attrs) -> {
            if (pkg.startsWith("com.atlassian.jira")) {
                assertThat(attrs).as(pkg).contains("version=\"[10.0,11)\"");
            }
        });
    }

    @Test
    void importsJiraSoftwareAndJodaTimeOptionallySoThePluginLoadsWithoutJiraSoftware() {
        var optional = ManifestHeaders.clauses(bundle.header("Import-Package")).entrySet().stream()
                .filter(e -> e.getKey().startsWith("com.atlassian.greenhopper")
                        || e.getKey().equals("org.joda.time"))
                .toList();
        assertThat(optional)
                .extracting(java.util.Map.Entry::getKey)
                .hasSize(6)
                .contains(
                        "com.atlassian.greenhopper.api.events.sprint", "com.atlassian.greenhopper.service.rapid.view");
        assertThat(optional)
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).contains("resolution:=optional"));
    }

    private static List<String> offending(List<String> entries) {
        return entries.stream()
                .filter(e -> e.endsWith(".class"))
                .filter(e -> !e.startsWith("META-INF/"))
                .filter(e -> HOST_PREFIXES.stream().anyMatch(e::startsWith))
                .toList();
    }

    private static List<String> entriesOf(Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            List<String> names = new java.util.ArrayList<>();
            for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(new String(e.getName().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }
            return names;
        }
    }
}
