package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Installs the built plugin into a real OSGi framework (Apache Felix) next to a bundle that exports
 * exactly the packages the plugin imports, as Jira 10 would, and proves it resolves and links.
 */
class FelixResolveIT {
    @TempDir
    Path tmp;

    private Framework framework;

    @AfterEach
    void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void resolvesAgainstExactlyItsImportsAndEveryPluginClassLinks() throws Exception {
        Bundle host = install(HostBundle.write(exportsFor(imports()), tmp));
        Bundle plugin = install(BuiltBundle.open().path());

        plugin.start();

        assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
        for (String className : pluginClasses()) {
            Class<?> type = plugin.loadClass(className);
            linkEverySignature(type);
            assertThat(FrameworkUtil.getBundle(type)).as(className).isEqualTo(plugin);
        }
        Class<?> validator = plugin.loadClass("io.phasegate.jira.workflow.PhaseGateValidator");
        Class<?> validatorApi = validator.getInterfaces()[0];
        assertThat(validatorApi.getName()).isEqualTo("com.opensymphony.workflow.Validator");
        assertThat(FrameworkUtil.getBundle(validatorApi))
                .as("wired to the host's export")
                .isEqualTo(host);
    }

    @Test
    void resolvesWithoutJiraSoftwareAndOnlyTheJiraSoftwareReaderNeedsIt() throws Exception {
        Map<String, String> exports = exportsFor(imports());
        exports.keySet().removeIf(pkg -> pkg.startsWith("com.atlassian.greenhopper") || pkg.equals("org.joda.time"));
        install(HostBundle.write(exports, tmp));
        Bundle plugin = install(BuiltBundle.open().path());

        plugin.start();

        assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        assertThat(wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE))
                .extracting(wire -> wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))
                .noneMatch(pkg -> pkg.toString().startsWith("com.atlassian.greenhopper"));
        assertThat(wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE))
                .extracting(wire -> wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))
                .doesNotContain("org.joda.time")
                .contains("com.atlassian.jira.bc.issue.search", "javax.ws.rs");
        // Which classes may name Jira Software at all is PluginArchitectureTest's rule (only board.jsw, compat).
        for (String className : pluginClasses()) {
            if (!className.startsWith("io.phasegate.jira.board.jsw.")) {
                linkEverySignature(plugin.loadClass(className));
            }
        }
    }

    @Test
    void wiresJiraSoftwareWhenJiraExportsIt() throws Exception {
        Bundle host = install(HostBundle.write(exportsFor(imports()), tmp));
        Bundle plugin = install(BuiltBundle.open().path());

        plugin.start();

        Class<?> reader = plugin.loadClass("io.phasegate.jira.board.jsw.JswBoards");
        linkEverySignature(reader);
        Class<?> rapidViews = plugin.loadClass("com.atlassian.greenhopper.service.rapid.view.RapidViewService");
        assertThat(FrameworkUtil.getBundle(rapidViews)).isEqualTo(host);
    }

    @Test
    void refusesToResolveWhenJiraLacksAnImportedPackage() throws Exception {
        Map<String, String> exports = exportsFor(imports());
        exports.remove("com.opensymphony.workflow");
        install(HostBundle.write(exports, tmp));
        Bundle plugin = install(BuiltBundle.open().path());

        assertThatThrownBy(plugin::start)
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.getType()).isEqualTo(BundleException.RESOLVE_ERROR))
                .hasMessageContaining("missing requirement")
                .hasMessageContaining("osgi.wiring.package=com.opensymphony.workflow");
        assertThat(plugin.getState()).isEqualTo(Bundle.INSTALLED);
    }

    @Test
    void refusesJira11WhichExportsJiraPackagesAtVersion11() throws Exception {
        Map<String, String> exports = exportsFor(imports());
        exports.replaceAll((pkg, version) -> pkg.startsWith("com.atlassian.jira") ? "11.0.0" : version);
        install(HostBundle.write(exports, tmp));
        Bundle plugin = install(BuiltBundle.open().path());

        assertThatThrownBy(plugin::start)
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("com.atlassian.jira")
                .hasMessageContaining("(!(version>=11.0.0))");
    }

    private Bundle install(Path jar) throws Exception {
        if (framework == null) {
            Map<String, String> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, tmp.resolve("felix-cache").toString());
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            framework = new FrameworkFactory().newFramework(config);
            framework.start();
        }
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    private static Map<String, String> imports() throws IOException {
        try (BuiltBundle bundle = BuiltBundle.open()) {
            return ManifestHeaders.clauses(bundle.header("Import-Package"));
        }
    }

    /** A version inside each import's range, as the host would export it. */
    private static Map<String, String> exportsFor(Map<String, String> imports) {
        Map<String, String> exports = new LinkedHashMap<>();
        imports.forEach((pkg, attrs) -> exports.put(pkg, lowestVersionIn(attrs)));
        return exports;
    }

    /** The lower bound of an import's version range, as Jira would export it (e.g. 10.0 → 10.0.0). */
    private static String lowestVersionIn(String attributes) {
        java.util.regex.Matcher range =
                java.util.regex.Pattern.compile("version=\"\\[([0-9.]+),").matcher(attributes);
        return range.find() ? range.group(1) : "0.0.0";
    }

    private static List<String> pluginClasses() throws IOException {
        try (BuiltBundle bundle = BuiltBundle.open()) {
            return bundle.entries().stream()
                    .filter(e -> e.startsWith("io/phasegate/") && e.endsWith(".class"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    /** Resolving every member's signature throws NoClassDefFoundError if an import is missing. */
    private static void linkEverySignature(Class<?> type) {
        type.getDeclaredFields();
        type.getDeclaredConstructors();
        for (Method m : type.getDeclaredMethods()) {
            m.getGenericReturnType();
        }
        type.getGenericInterfaces();
        type.getGenericSuperclass();
    }
}
