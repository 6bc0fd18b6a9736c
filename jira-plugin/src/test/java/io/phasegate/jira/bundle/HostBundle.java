package io.phasegate.jira.bundle;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stand-in for Jira in an OSGi framework: one bundle exporting exactly the given packages, with
 * their classes copied from the test class path (the API stubs and the real Central jars).
 */
final class HostBundle {
    private HostBundle() {}

    /**
     * Writes the host bundle.
     *
     * @param exports package name to the version it is exported at
     */
    static Path write(Map<String, String> exports, Path dir) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            collect(Path.of(entry), exports.keySet(), classes);
        }
        Path jar = dir.resolve("jira-host.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jos = new JarOutputStream(out, manifest(exports))) {
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                jos.putNextEntry(new JarEntry(e.getKey()));
                jos.write(e.getValue());
                jos.closeEntry();
            }
        }
        return jar;
    }

    private static Manifest manifest(Map<String, String> exports) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test.jira.host");
        main.putValue("Bundle-Version", "10.3.0");
        main.putValue("DynamicImport-Package", "*");
        main.putValue(
                "Export-Package",
                exports.entrySet().stream()
                        .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                        .collect(Collectors.joining(",")));
        return manifest;
    }

    private static void collect(Path entry, java.util.Set<String> packages, Map<String, byte[]> into)
            throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name = entry.relativize(file).toString().replace(File.separatorChar, '/');
                    addIfWanted(name, Files.readAllBytes(file), packages, into);
                }
            }
        } else if (entry.toString().endsWith(".jar") && Files.exists(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (e.getName().endsWith(".class")) {
                        addIfWanted(e.getName(), jar.getInputStream(e).readAllBytes(), packages, into);
                    }
                }
            }
        }
    }

    private static void addIfWanted(
            String name, byte[] bytes, java.util.Set<String> packages, Map<String, byte[]> into) {
        int slash = name.lastIndexOf('/');
        String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
        if (packages.contains(pkg)) {
            into.putIfAbsent(name, bytes);
        }
    }
}
