package io.phasegate.jira.bundle;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the plugin's classes from the built jar (and its embedded jars) rather than from
 * target/classes, and host classes (stubs, OSWorkflow, Spring) from the test class path, the way
 * the OSGi bundle sees them.
 */
final class BundleClassLoader extends URLClassLoader {
    private static final List<String> FROM_BUNDLE_ONLY = List.of("io.phasegate.", "com.fasterxml.jackson.");

    private BundleClassLoader(URL[] urls, ClassLoader host) {
        super(urls, new HidingParent(host));
    }

    static BundleClassLoader of(BuiltBundle bundle, Path tmp) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(bundle.path().toUri().toURL());
        for (String embedded : bundle.embeddedJars()) {
            urls.add(bundle.extract(embedded, tmp).toUri().toURL());
        }
        return new BundleClassLoader(urls.toArray(URL[]::new), BundleClassLoader.class.getClassLoader());
    }

    /** Hides the plugin's own classes on the test class path so they must come from the jar. */
    private static final class HidingParent extends ClassLoader {
        HidingParent(ClassLoader host) {
            super(host);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (FROM_BUNDLE_ONLY.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name + " must come from the plugin jar");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("META-INF/spring/") || name.startsWith("i18n/") ? null : super.getResource(name);
        }
    }
}
