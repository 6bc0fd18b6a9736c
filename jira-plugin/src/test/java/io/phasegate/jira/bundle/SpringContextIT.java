package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.GenericXmlApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.w3c.dom.Element;

/**
 * Loads the plugin's Spring XML from the built jar into a real Spring 5.3 context, with a Mockito
 * double for every host service it imports, and builds every bean and every module class the way
 * the Atlassian plugin framework does (constructor autowiring).
 */
class SpringContextIT {
    @TempDir
    Path tmp;

    @Test
    void everyBeanAndEveryModuleClassConstructsFromHostServices() throws Exception {
        try (BuiltBundle bundle = BuiltBundle.open();
                BundleClassLoader loader = BundleClassLoader.of(bundle, tmp);
                GenericApplicationContext host = hostWithDoubles(bundle, loader);
                GenericXmlApplicationContext plugin = new GenericXmlApplicationContext()) {
            plugin.setParent(host);
            plugin.setClassLoader(loader);
            plugin.load(new ByteArrayResource(bundle.read("META-INF/spring/plugin-context.xml")));
            plugin.refresh();

            assertThat(plugin.getBeanDefinitionNames()).isNotEmpty();
            for (String name : plugin.getBeanDefinitionNames()) {
                assertThat(plugin.getBean(name)).as(name).isNotNull();
            }
            AutowireCapableBeanFactory factory = plugin.getAutowireCapableBeanFactory();
            for (String className : moduleClasses(bundle)) {
                Class<?> type = loader.loadClass(className);
                Object module = factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                assertThat(module).as(className).isInstanceOf(type);
            }
        }
    }

    @Test
    void everyImportedServiceLivesInAnImportedPackage() throws Exception {
        try (BuiltBundle bundle = BuiltBundle.open()) {
            Set<String> imported =
                    ManifestHeaders.clauses(bundle.header("Import-Package")).keySet();
            Set<String> ids = new TreeSet<>();
            for (Element ref : osgiReferences(bundle)) {
                String api = ref.getAttribute("interface");
                assertThat(imported).as("package of " + api).contains(api.substring(0, api.lastIndexOf('.')));
                assertThat(ids.add(ref.getAttribute("id")))
                        .as("duplicate id " + ref.getAttribute("id"))
                        .isTrue();
            }
        }
    }

    private static GenericApplicationContext hostWithDoubles(BuiltBundle bundle, ClassLoader loader)
            throws ClassNotFoundException {
        GenericApplicationContext host = new GenericApplicationContext();
        for (Element ref : osgiReferences(bundle)) {
            Class<?> api = loader.loadClass(ref.getAttribute("interface"));
            register(host, ref.getAttribute("id"), api);
        }
        host.refresh();
        return host;
    }

    private static <T> void register(GenericApplicationContext host, String id, Class<T> api) {
        host.registerBean(id, api, () -> mock(api));
    }

    private static List<Element> osgiReferences(BuiltBundle bundle) {
        return PluginDescriptor.parse(bundle.read("META-INF/spring/osgi-imports.xml"))
                .all("reference");
    }

    /** Classes the plugin system instantiates from atlassian-plugin.xml. */
    static List<String> moduleClasses(BuiltBundle bundle) {
        PluginDescriptor descriptor = PluginDescriptor.parse(bundle.read("atlassian-plugin.xml"));
        List<String> classes = new ArrayList<>();
        for (Element module : descriptor.modules("workflow-validator")) {
            classes.add(module.getAttribute("class"));
            classes.add(PluginDescriptor.text(module, "validator-class"));
        }
        for (Element panel : descriptor.modules("web-panel")) {
            for (String child : List.of("context-provider", "condition")) {
                PluginDescriptor.children(panel, child).forEach(e -> classes.add(e.getAttribute("class")));
            }
        }
        for (Element module : descriptor.modules("servlet")) {
            classes.add(module.getAttribute("class"));
        }
        return classes;
    }
}
