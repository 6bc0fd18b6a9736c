package io.phasegate.jira.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Renders the plugin's Velocity templates with real Apache Velocity in strict mode, the way Jira
 * does for a template that opts into {@code #enable_html_escaping()}: every reference is HTML
 * escaped on output. {@code $i18n} is a stand-in reading the plugin's own i18n file and failing on
 * unknown keys.
 */
public final class Templates {
    private static final VelocityEngine ENGINE = engine();

    private Templates() {}

    public static String render(String template, Map<String, Object> params) {
        VelocityContext context = new VelocityContext();
        params.forEach(context::put);
        context.put("i18n", new I18n(texts()));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> escape(value));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        ENGINE.mergeTemplate(template, "UTF-8", context, out);
        return out.toString();
    }

    private static VelocityEngine engine() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty(
                "classpath.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        // Jira's directive; here a no-op macro, the escaping itself is the reference insertion handler.
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "templates/test-jira-macros.vm");
        engine.init();
        return engine;
    }

    private static Properties texts() {
        Properties texts = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream("/i18n/phasegate.properties")) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Stand-in for Jira's I18nHelper in templates. */
    public static final class I18n {
        private final Properties texts;

        I18n(Properties texts) {
            this.texts = texts;
        }

        public String getText(String key) {
            String text = texts.getProperty(key);
            if (text == null) {
                throw new AssertionError("template uses i18n key without a text: " + key);
            }
            return new MessageFormat(text).format(new Object[0]);
        }
    }

    /** What Jira's HTML escaping does to a reference's value. */
    private static Object escape(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
