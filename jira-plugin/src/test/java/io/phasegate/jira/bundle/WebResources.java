package io.phasegate.jira.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** What a {@code web-resource} module of the built descriptor holds: files, contexts, transformers. */
final class WebResources {
    /** The call Jira's jsI18n transformer replaces: a quoted key of {@code [\w.-]} (its own pattern). */
    static final Pattern JS_I18N_CALL = Pattern.compile("\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*[),]");

    private static final Pattern PAGE_SCRIPT = Pattern.compile("<script src=\"/web/([\\w.-]+\\.js)\"");
    private static final Pattern AMD_DEFINE = Pattern.compile("\\bdefine\\(\\s*'([^']+)'");

    private WebResources() {}

    static List<String> contexts(Element webResource) {
        return PluginDescriptor.children(webResource, "context").stream()
                .map(e -> e.getTextContent().trim())
                .toList();
    }

    static List<String> dependencies(Element webResource) {
        return PluginDescriptor.children(webResource, "dependency").stream()
                .map(e -> e.getTextContent().trim())
                .toList();
    }

    static List<String> transformers(Element webResource, String extension) {
        List<String> keys = new ArrayList<>();
        for (Element t : PluginDescriptor.children(webResource, "transformation")) {
            if (t.getAttribute("extension").equals(extension)) {
                PluginDescriptor.children(t, "transformer").forEach(e -> keys.add(e.getAttribute("key")));
            }
        }
        return keys;
    }

    /** The jar entries of the web-resource's JavaScript download resources, in declaration order. */
    static List<String> scripts(Element webResource) {
        return PluginDescriptor.children(webResource, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("download"))
                .filter(r -> r.getAttribute("name").endsWith(".js"))
                .map(r -> r.getAttribute("location"))
                .toList();
    }

    /** The jar entry a download URL path below the web-resource names (a file or inside a folder resource). */
    static String locationOf(Element webResource, String path) {
        for (Element r : PluginDescriptor.children(webResource, "resource")) {
            String name = r.getAttribute("name");
            if (name.equals(path)) {
                return r.getAttribute("location");
            }
            if (name.endsWith("/") && path.startsWith(name)) {
                return r.getAttribute("location") + path.substring(name.length());
            }
        }
        throw new AssertionError("no download resource " + path + " in " + webResource.getAttribute("key"));
    }

    static List<String> amdModules(BuiltBundle bundle, Element webResource) {
        return matches(bundle, webResource, AMD_DEFINE, 1);
    }

    static List<String> jsI18nKeys(BuiltBundle bundle, Element webResource) {
        return matches(bundle, webResource, JS_I18N_CALL, 2);
    }

    static boolean callsGetText(BuiltBundle bundle, Element webResource) {
        return !jsI18nKeys(bundle, webResource).isEmpty();
    }

    /** The gadgets' messages as the web module ships them ({@code phasegate-web/i18n/en.json}). */
    static Map<String, String> webMessages() throws IOException {
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream("phasegate-web/i18n/en.json")) {
            if (in == null) {
                throw new AssertionError("phasegate-web/i18n/en.json is not on the test classpath");
            }
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, String>>() {});
        }
    }

    /** The scripts the web module's own page loads ({@code phasegate-web/index.html}), in its order. */
    static List<String> webPageScripts() throws IOException {
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream("phasegate-web/index.html")) {
            if (in == null) {
                throw new AssertionError("phasegate-web/index.html is not on the test classpath");
            }
            Matcher m = PAGE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private static List<String> matches(BuiltBundle bundle, Element webResource, Pattern pattern, int group) {
        List<String> found = new ArrayList<>();
        for (String script : scripts(webResource)) {
            Matcher m = pattern.matcher(new String(bundle.read(script), StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(m.group(group));
            }
        }
        return found;
    }
}
