package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Everything atlassian-plugin.xml names exists in the jar and is of the kind its module needs. */
class DescriptorConsistencyIT {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\\s*\"([^\"$]+)\"");

    private static BuiltBundle bundle;
    private static PluginDescriptor descriptor;
    private static Properties texts;

    @BeforeAll
    static void open() {
        bundle = BuiltBundle.open();
        descriptor = PluginDescriptor.parse(bundle.read("atlassian-plugin.xml"));
        texts = new Properties();
        for (Element resource : descriptor.modules("resource")) {
            if (resource.getAttribute("type").equals("i18n")) {
                texts.putAll(bundle.properties(resource.getAttribute("location") + ".properties"));
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        bundle.close();
    }

    @Test
    void pluginInfoIsFilledInFromTheBuild() {
        String xml = new String(bundle.read("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("${");
        assertThat(descriptor.root().getAttribute("key")).isEqualTo(bundle.header("Atlassian-Plugin-Key"));
        Element info = descriptor.modules("plugin-info").get(0);
        assertThat(PluginDescriptor.text(info, "version")).isNotBlank();
        Element vendor = PluginDescriptor.children(info, "vendor").get(0);
        assertThat(vendor.getAttribute("name")).isEqualTo("Phasegate");
        assertThat(vendor.getAttribute("url")).startsWith("https://");
        for (Element param : PluginDescriptor.children(info, "param")) {
            if (param.getAttribute("name").matches("(plugin|vendor)-(icon|logo)")) {
                assertThat(bundle.contains(param.getTextContent().trim()))
                        .as(param.getAttribute("name"))
                        .isTrue();
            }
        }
    }

    @Test
    void everyResourceLocationExists() {
        for (Element resource : descriptor.all("resource")) {
            String location = resource.getAttribute("location");
            String type = resource.getAttribute("type");
            String expected = type.equals("i18n") ? location.replace('.', '/') + ".properties" : location;
            if (expected.endsWith("/")) {
                assertThat(bundle.entries()).as(expected).anyMatch(e -> e.startsWith(expected) && !e.equals(expected));
            } else {
                assertThat(bundle.contains(expected))
                        .as(type + " resource " + expected)
                        .isTrue();
            }
        }
    }

    @Test
    void everyI18nKeyNamedInTheDescriptorOrATemplateHasAText() {
        List<String> keys = new ArrayList<>();
        descriptor.all("*").forEach(e -> {
            if (e.hasAttribute("i18n-name-key")) {
                keys.add(e.getAttribute("i18n-name-key"));
            }
            if ((e.getLocalName().equals("description")
                            || e.getLocalName().equals("title")
                            || e.getLocalName().equals("label"))
                    && e.hasAttribute("key")) {
                keys.add(e.getAttribute("key"));
            }
        });
        for (Element webResource : descriptor.modules("web-resource")) {
            keys.addAll(WebResources.jsI18nKeys(bundle, webResource));
        }
        for (Element resource : descriptor.all("resource")) {
            if (resource.getAttribute("type").equals("velocity")) {
                keys.addAll(templateKeys(resource.getAttribute("location")));
            }
        }
        // Templates rendered by servlets through the TemplateRenderer are named in code, not here.
        bundle.entries().stream()
                .filter(e -> e.startsWith("templates/") && e.endsWith(".vm"))
                .forEach(e -> keys.addAll(templateKeys(e)));
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(texts.getProperty(key))
                .as("text of " + key)
                .isNotBlank());
        assertThat(keys).allMatch(key -> key.startsWith("phasegate."));
    }

    private static List<String> templateKeys(String location) {
        List<String> keys = new ArrayList<>();
        Matcher m = TEMPLATE_KEY.matcher(new String(bundle.read(location), StandardCharsets.UTF_8));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void everyServletIsAnHttpServletWithAUrlAndEveryTemplateEscapesItsOutput(@TempDir Path tmp) throws Exception {
        assertThat(descriptor.modules("servlet")).isNotEmpty();
        try (BundleClassLoader loader = BundleClassLoader.of(bundle, tmp)) {
            Class<?> servletApi = loader.loadClass("javax.servlet.http.HttpServlet");
            for (Element servlet : descriptor.modules("servlet")) {
                assertThat(loader.loadClass(servlet.getAttribute("class"))).isAssignableTo(servletApi);
                assertThat(PluginDescriptor.text(servlet, "url-pattern")).startsWith("/");
            }
        }
        assertThat(bundle.entries().stream().filter(e -> e.startsWith("templates/") && e.endsWith(".vm")))
                .isNotEmpty()
                .allSatisfy(template -> assertThat(new String(bundle.read(template), StandardCharsets.UTF_8))
                        .as(template)
                        .contains("#enable_html_escaping()"));
    }

    @Test
    void everyAdminMenuLinkOpensAServletAndSitsInADeclaredSection() {
        List<String> urls = descriptor.modules("servlet").stream()
                .map(s -> "/plugins/servlet" + PluginDescriptor.text(s, "url-pattern"))
                .toList();
        List<String> sections = descriptor.modules("web-section").stream()
                .map(s -> s.getAttribute("location") + "/" + s.getAttribute("key"))
                .toList();
        for (Element item : descriptor.modules("web-item")) {
            String link = PluginDescriptor.text(item, "link");
            assertThat(urls).as("servlet for " + link).contains(link);
            assertThat(sections).as("section of " + item.getAttribute("key")).contains(item.getAttribute("section"));
            String linkId = PluginDescriptor.children(item, "link").get(0).getAttribute("linkId");
            // The page marks its menu entry as active by the section and the link id.
            assertThat(bundle.entries().stream()
                            .filter(e -> e.startsWith("templates/") && e.endsWith(".vm"))
                            .map(e -> new String(bundle.read(e), StandardCharsets.UTF_8)))
                    .anyMatch(t -> t.contains("content=\"" + item.getAttribute("section") + "\"")
                            && t.contains("content=\"" + linkId + "\""));
        }
    }

    @Test
    void moduleClassesAreOfTheKindTheirModuleTypeRequires(@TempDir Path tmp) throws Exception {
        try (BundleClassLoader loader = BundleClassLoader.of(bundle, tmp)) {
            Class<?> factoryApi = loader.loadClass("com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory");
            Class<?> validatorApi = loader.loadClass("com.opensymphony.workflow.Validator");
            for (Element module : descriptor.modules("workflow-validator")) {
                assertThat(loader.loadClass(module.getAttribute("class"))).isAssignableTo(factoryApi);
                assertThat(loader.loadClass(PluginDescriptor.text(module, "validator-class")))
                        .isAssignableTo(validatorApi);
                assertThat(PluginDescriptor.children(module, "resource"))
                        .extracting(r -> r.getAttribute("name"))
                        .containsExactlyInAnyOrder("view", "input-parameters", "edit-parameters");
            }
        }
    }

    @Test
    void webPanelsHaveAContextProviderAConditionAndOneVelocityView(@TempDir Path tmp) throws Exception {
        List<Element> panels = descriptor.modules("web-panel");
        assertThat(panels).isNotEmpty();
        try (BundleClassLoader loader = BundleClassLoader.of(bundle, tmp)) {
            Class<?> providerApi = loader.loadClass("com.atlassian.plugin.web.ContextProvider");
            Class<?> conditionApi = loader.loadClass("com.atlassian.plugin.web.Condition");
            for (Element panel : panels) {
                assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
                assertThat(PluginDescriptor.children(panel, "label")).hasSize(1);
                Element provider =
                        PluginDescriptor.children(panel, "context-provider").get(0);
                assertThat(loader.loadClass(provider.getAttribute("class"))).isAssignableTo(providerApi);
                for (Element condition : PluginDescriptor.children(panel, "condition")) {
                    assertThat(loader.loadClass(condition.getAttribute("class")))
                            .isAssignableTo(conditionApi);
                }
                assertThat(PluginDescriptor.children(panel, "resource"))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.getAttribute("type")).isEqualTo("velocity");
                            assertThat(r.getAttribute("name")).isEqualTo("view");
                        });
            }
        }
    }

    @Test
    void activeObjectsEntitiesAreEntityInterfaces(@TempDir Path tmp) throws Exception {
        List<Element> entities = new ArrayList<>();
        descriptor.modules("ao").forEach(module -> entities.addAll(PluginDescriptor.children(module, "entity")));
        assertThat(entities).isNotEmpty();
        try (BundleClassLoader loader = BundleClassLoader.of(bundle, tmp)) {
            for (Element entity : entities) {
                Class<?> type = loader.loadClass(entity.getTextContent().trim());
                assertThat(type).as(entity.getTextContent()).isInterface();
                assertThat(net.java.ao.RawEntity.class).isAssignableFrom(type);
            }
        }
    }

    @Test
    void moduleKeysAreUniqueKebabCase() {
        List<String> keys = new ArrayList<>();
        for (Element module : PluginDescriptor.children(descriptor.root(), "*")) {
            if (module.hasAttribute("key")) {
                keys.add(module.getAttribute("key"));
            }
        }
        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void webResourceDependenciesNamePluginAndModule() {
        for (Element dependency : descriptor.all("dependency")) {
            assertThat(dependency.getTextContent().trim()).matches("[\\w.\\-]+:[\\w.\\-]+");
        }
    }

    @Test
    void dashboardItemsNameAnAmdModuleDefinedByAWebResourceOfTheDashboard() {
        List<Element> items = descriptor.modules("dashboard-item");
        assertThat(items)
                .extracting(i -> i.getAttribute("key"))
                .containsExactlyInAnyOrder("sprint-health-dashboard-item", "readiness-coverage-dashboard-item");
        List<String> defined = new ArrayList<>();
        for (Element webResource : descriptor.modules("web-resource")) {
            if (WebResources.contexts(webResource).contains("atl.dashboard")) {
                defined.addAll(WebResources.amdModules(bundle, webResource));
            }
        }
        for (Element item : items) {
            assertThat(item.getAttribute("configurable")).isEqualTo("true");
            assertThat(defined).as("AMD modules on the dashboard").contains(PluginDescriptor.text(item, "amd-module"));
            Element definition = PluginDescriptor.children(item, "definition").get(0);
            assertThat(PluginDescriptor.children(definition, "title")).hasSize(1);
            assertThat(PluginDescriptor.text(
                            PluginDescriptor.children(definition, "categories").get(0), "category"))
                    .isEqualTo("Jira");
        }
    }

    @Test
    void dashboardItemThumbnailsAreDownloadResourcesOfThePlugin() {
        String prefix = "/download/resources/" + bundle.header("Atlassian-Plugin-Key") + ":";
        for (Element item : descriptor.modules("dashboard-item")) {
            Element definition = PluginDescriptor.children(item, "definition").get(0);
            String location =
                    PluginDescriptor.children(definition, "thumbnail").get(0).getAttribute("location");
            assertThat(location).startsWith(prefix);
            String[] moduleAndPath = location.substring(prefix.length()).split("/", 2);
            Element webResource = webResource(moduleAndPath[0]);
            assertThat(WebResources.locationOf(webResource, moduleAndPath[1]))
                    .as("download resource behind " + location)
                    .satisfies(entry -> assertThat(bundle.contains(entry)).isTrue());
        }
    }

    @Test
    void everyGadgetMessageOfTheWebModuleIsAJiraTextWithTheSameWording() throws Exception {
        Map<String, String> web = WebResources.webMessages();
        assertThat(web).hasSizeGreaterThan(100);
        web.forEach((key, text) -> assertThat(texts.getProperty(key)).as(key).isEqualTo(text));
        List<String> called = new ArrayList<>();
        for (Element webResource : descriptor.modules("web-resource")) {
            called.addAll(WebResources.jsI18nKeys(bundle, webResource));
        }
        assertThat(called)
                .as("keys asked for in the dashboard items' JavaScript")
                .containsAll(web.keySet());
    }

    @Test
    void theDashboardItemsLoadEveryGadgetModuleOfTheWebModuleInTheOrderItsOwnPageDoes() throws Exception {
        List<String> pageOrder = WebResources.webPageScripts().stream()
                .filter(name -> !name.equals("dashboard.js")) // the standalone page's own start-up
                .map(name -> "phasegate-web/" + name)
                .toList();
        assertThat(pageOrder).contains("phasegate-web/gadget-dom.js", "phasegate-web/phasegate-gadget.js");
        List<String> loaded = WebResources.scripts(webResource("dashboard-item-resources")).stream()
                .filter(location -> location.startsWith("phasegate-web/"))
                .toList();
        assertThat(loaded).as("web/'s scripts in dashboard-item-resources").containsExactlyElementsOf(pageOrder);
        assertThat(bundle.entries().stream()
                        .filter(e -> e.startsWith("phasegate-web/") && e.endsWith(".js"))
                        .toList())
                .as("web/'s scripts in the jar")
                .containsExactlyInAnyOrderElementsOf(pageOrder);
    }

    @Test
    void javaScriptThatAsksForTextsIsTranslatedByJsI18n() {
        for (Element webResource : descriptor.modules("web-resource")) {
            if (WebResources.callsGetText(bundle, webResource)) {
                assertThat(WebResources.transformers(webResource, "js"))
                        .as(webResource.getAttribute("key"))
                        .contains("jsI18n");
                assertThat(WebResources.dependencies(webResource))
                        .contains("com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n");
            }
        }
    }

    @Test
    void dependenciesOnThisPluginNameItsOwnWebResources() {
        String own = bundle.header("Atlassian-Plugin-Key") + ":";
        for (Element webResource : descriptor.modules("web-resource")) {
            for (String dependency : WebResources.dependencies(webResource)) {
                if (dependency.startsWith(own)) {
                    assertThat(webResource(dependency.substring(own.length()))).isNotNull();
                }
            }
        }
    }

    private static Element webResource(String key) {
        return descriptor.modules("web-resource").stream()
                .filter(w -> w.getAttribute("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no web-resource " + key));
    }
}
